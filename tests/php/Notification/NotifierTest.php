<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Tests\Notification;

use OCA\PolicyDesk\Notification\Notifier;
use OCP\IL10N;
use OCP\IURLGenerator;
use OCP\IUser;
use OCP\IUserManager;
use OCP\L10N\IFactory;
use OCP\Notification\INotification;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;

final class NotifierTest extends TestCase {
	private Notifier $notifier;
	/** @var list<string> languages the notifier asked for */
	private array $languages = [];

	protected function setUp(): void {
		if (!interface_exists(\OCP\AppFramework\Bootstrap\IBootstrap::class)) {
			// Notifier names the app through Application, an IBootstrap (Nextcloud 20+).
			$this->markTestSkipped('Needs a Nextcloud 20+ OCP: run with NEXTCLOUD_OCP_DIR=/opt/ocp/stable34');
		}
		$factory = $this->createMock(IFactory::class);
		$factory->method('get')->willReturnCallback(function (string $app, ?string $lang = null): IL10N {
			$this->languages[] = (string)$lang;
			$l = $this->createMock(IL10N::class);
			// A stand-in "translation" that shows the text went through IL10N.
			$l->method('t')->willReturnCallback(static fn (string $text): string => $lang === 'sv' ? '[sv] ' . $text : $text);
			return $l;
		});
		$urls = $this->createMock(IURLGenerator::class);
		$urls->method('linkToRouteAbsolute')->willReturnCallback(static fn (string $route, array $params): string => 'https://cloud.example/apps/policydesk/documents/' . $params['id']);
		$urls->method('imagePath')->willReturn('/apps/policydesk/img/app-dark.svg');
		$urls->method('getAbsoluteURL')->willReturnCallback(static fn (string $path): string => 'https://cloud.example' . $path);
		$users = $this->createMock(IUserManager::class);
		$users->method('get')->willReturnCallback(function (string $uid): ?IUser {
			if ($uid !== 'bo') {
				return null;
			}
			$user = $this->createMock(IUser::class);
			$user->method('getDisplayName')->willReturn('Bo Berg');
			return $user;
		});
		$this->notifier = new Notifier($factory, $urls, $users);
	}

	/**
	 * @return iterable<string, array{string, string}>
	 */
	public static function subjects(): iterable {
		yield 'review requested' => [Notifier::REVIEW_REQUESTED, 'Bo Berg asks you to review Climate policy'];
		yield 'changes requested' => [Notifier::CHANGES_REQUESTED, 'Bo Berg requested changes to Climate policy'];
		yield 'approved by one reviewer' => [Notifier::APPROVED_BY, 'Bo Berg approved Climate policy'];
		yield 'new version' => [Notifier::NEW_VERSION, 'Bo Berg changed Climate policy: please review the new version'];
		yield 'document approved' => [Notifier::DOCUMENT_APPROVED, 'Climate policy is approved'];
	}

	#[DataProvider('subjects')]
	public function testEachSubjectIsRenderedWithALinkToTheDocument(string $subject, string $expected): void {
		$set = [];
		$notification = $this->notification($subject, ['title' => 'Climate policy', 'actor' => 'bo', 'comment' => 'See section 2'], $set);

		$this->notifier->prepare($notification, 'en');

		$this->assertSame($expected, $set['parsedSubject']);
		$this->assertSame('https://cloud.example/apps/policydesk/documents/7', $set['link']);
		$this->assertSame('https://cloud.example/apps/policydesk/img/app-dark.svg', $set['icon']);
		$this->assertSame('See section 2', $set['parsedMessage']);
		$this->assertSame(['type' => 'highlight', 'id' => '7', 'name' => 'Climate policy', 'link' => 'https://cloud.example/apps/policydesk/documents/7'], $set['richParams']['document']);
		$this->assertSame(['type' => 'user', 'id' => 'bo', 'name' => 'Bo Berg'], $set['richParams']['user']);
	}

	public function testTheReadersLanguageIsUsed(): void {
		$set = [];
		$this->notifier->prepare($this->notification(Notifier::APPROVED_BY, ['title' => 'Klimatpolicy', 'actor' => 'bo'], $set), 'sv');
		$this->assertSame(['sv'], $this->languages);
		$this->assertSame('[sv] Bo Berg approved Klimatpolicy', $set['parsedSubject']);
		$this->assertArrayNotHasKey('parsedMessage', $set);
	}

	public function testAnUnknownActorFallsBackToTheUserId(): void {
		$set = [];
		$this->notifier->prepare($this->notification(Notifier::REVIEW_REQUESTED, ['title' => 'Plan', 'actor' => 'gone'], $set), 'en');
		$this->assertSame('gone asks you to review Plan', $set['parsedSubject']);
	}

	/**
	 * @return iterable<string, array{string, string, string}>
	 */
	public static function foreign(): iterable {
		yield 'other app' => ['files', 'document', Notifier::APPROVED_BY];
		yield 'other object' => ['policydesk', 'comment', Notifier::APPROVED_BY];
		yield 'unknown subject' => ['policydesk', 'document', 'signed'];
	}

	#[DataProvider('foreign')]
	public function testNotificationsItDoesNotKnowAreRefused(string $app, string $objectType, string $subject): void {
		if (!class_exists(\OCP\Notification\UnknownNotificationException::class)) {
			$this->markTestSkipped('Needs OCP\Notification\UnknownNotificationException (Nextcloud 30+): run with NEXTCLOUD_OCP_DIR=/opt/ocp/stable34');
		}
		$notification = $this->createMock(INotification::class);
		$notification->method('getApp')->willReturn($app);
		$notification->method('getObjectType')->willReturn($objectType);
		$notification->method('getSubject')->willReturn($subject);
		$this->expectException(\OCP\Notification\UnknownNotificationException::class);
		$this->notifier->prepare($notification, 'en');
	}

	/**
	 * @param array<string, string> $params
	 * @param array<string, mixed> $set filled with what the notifier sets
	 */
	private function notification(string $subject, array $params, array &$set): INotification&MockObject {
		$n = $this->createMock(INotification::class);
		$n->method('getApp')->willReturn('policydesk');
		$n->method('getObjectType')->willReturn('document');
		$n->method('getObjectId')->willReturn('7');
		$n->method('getSubject')->willReturn($subject);
		$n->method('getSubjectParameters')->willReturn($params);
		$n->method('setRichSubject')->willReturnCallback(function (string $s, array $p) use (&$set, $n) {
			$set['richSubject'] = $s;
			$set['richParams'] = $p;
			return $n;
		});
		foreach (['setParsedSubject' => 'parsedSubject', 'setParsedMessage' => 'parsedMessage', 'setLink' => 'link', 'setIcon' => 'icon'] as $method => $key) {
			$n->method($method)->willReturnCallback(function (string $value) use (&$set, $key, $n) {
				$set[$key] = $value;
				return $n;
			});
		}
		return $n;
	}
}
