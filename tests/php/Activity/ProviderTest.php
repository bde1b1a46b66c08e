<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Tests\Activity;

use OCA\PolicyDesk\Activity\Filter;
use OCA\PolicyDesk\Activity\Provider;
use OCP\Activity\IEvent;
use OCP\IL10N;
use OCP\IURLGenerator;
use OCP\IUser;
use OCP\IUserManager;
use OCP\L10N\IFactory;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;

final class ProviderTest extends TestCase {
	private Provider $provider;
	private IURLGenerator&MockObject $urls;

	protected function setUp(): void {
		if (!interface_exists(\OCP\AppFramework\Bootstrap\IBootstrap::class) || !class_exists(\OCP\Activity\Exceptions\UnknownActivityException::class)) {
			$this->markTestSkipped('Needs a Nextcloud 30+ OCP: run with NEXTCLOUD_OCP_DIR=/opt/ocp/stable34');
		}
		$factory = $this->createMock(IFactory::class);
		$factory->method('get')->willReturnCallback(function (): IL10N {
			$l = $this->createMock(IL10N::class);
			$l->method('t')->willReturnArgument(0);
			return $l;
		});
		$this->urls = $this->createMock(IURLGenerator::class);
		$this->urls->method('linkToRouteAbsolute')->willReturnCallback(static fn (string $route, array $params): string => 'https://cloud.example/apps/policydesk/documents/' . $params['id']);
		$this->urls->method('imagePath')->willReturn('/img.svg');
		$this->urls->method('getAbsoluteURL')->willReturnArgument(0);
		$users = $this->createMock(IUserManager::class);
		$users->method('get')->willReturnCallback(function (string $uid): ?IUser {
			$user = $this->createMock(IUser::class);
			$user->method('getDisplayName')->willReturn(ucfirst($uid));
			return $user;
		});
		$this->provider = new Provider($factory, $this->urls, $users);
	}

	/**
	 * @return iterable<string, array{string, string, string, string}>
	 */
	public static function events(): iterable {
		yield 'submitted, seen by a reviewer' => [Provider::SUBMITTED, 'anna', 'bo', 'Anna submitted Climate policy for review'];
		yield 'submitted, seen by the author' => [Provider::SUBMITTED, 'anna', 'anna', 'You submitted Climate policy for review'];
		yield 'resubmitted' => [Provider::RESUBMITTED, 'anna', 'bo', 'Anna sent Climate policy back to review'];
		yield 'approved by one' => [Provider::APPROVED_BY, 'bo', 'anna', 'Bo approved Climate policy'];
		yield 'changes requested' => [Provider::CHANGES_REQUESTED, 'bo', 'anna', 'Bo requested changes to Climate policy'];
		yield 'new version' => [Provider::NEW_VERSION, 'anna', 'bo', 'Anna changed Climate policy while it was in review'];
		yield 'document approved' => [Provider::DOCUMENT_APPROVED, 'bo', 'bo', 'Climate policy was approved'];
		yield 'withdrawn' => [Provider::WITHDRAWN, 'anna', 'cy', 'Anna withdrew Climate policy'];
	}

	#[DataProvider('events')]
	public function testEveryReviewEventIsRendered(string $subject, string $author, string $reader, string $expected): void {
		$set = [];
		$event = $this->event('policydesk', Provider::TYPE, $subject, $author, $reader, $set);
		$this->assertSame($event, $this->provider->parse('en', $event));
		$this->assertSame($expected, $set['parsedSubject']);
		$this->assertSame('https://cloud.example/apps/policydesk/documents/7', $set['link']);
	}

	/**
	 * @return iterable<string, array{string, string, string}>
	 */
	public static function foreign(): iterable {
		yield 'other app' => ['files', Provider::TYPE, Provider::SUBMITTED];
		yield 'other type' => ['policydesk', 'file_created', Provider::SUBMITTED];
		yield 'unknown subject' => ['policydesk', Provider::TYPE, 'signed'];
	}

	#[DataProvider('foreign')]
	public function testEventsItDoesNotKnowAreRefused(string $app, string $type, string $subject): void {
		$set = [];
		$this->expectException(\OCP\Activity\Exceptions\UnknownActivityException::class);
		$this->provider->parse('en', $this->event($app, $type, $subject, 'anna', 'bo', $set));
	}

	public function testTheFilterKeepsOnlyReviewEvents(): void {
		$filter = new Filter($this->createMock(IL10N::class), $this->urls);
		$this->assertSame([Provider::TYPE], $filter->filterTypes(['file_created', Provider::TYPE, 'shared']));
		$this->assertSame(['policydesk'], $filter->allowedApps());
	}

	/**
	 * @param array<string, mixed> $set
	 */
	private function event(string $app, string $type, string $subject, string $author, string $reader, array &$set): IEvent&MockObject {
		$e = $this->createMock(IEvent::class);
		$e->method('getApp')->willReturn($app);
		$e->method('getType')->willReturn($type);
		$e->method('getSubject')->willReturn($subject);
		$e->method('getAuthor')->willReturn($author);
		$e->method('getAffectedUser')->willReturn($reader);
		$e->method('getObjectId')->willReturn(7);
		$e->method('getObjectName')->willReturn('Climate policy');
		$e->method('getSubjectParameters')->willReturn(['title' => 'Climate policy', 'actor' => $author]);
		$e->method('setRichSubject')->willReturnSelf();
		foreach (['setParsedSubject' => 'parsedSubject', 'setParsedMessage' => 'parsedMessage', 'setLink' => 'link', 'setIcon' => 'icon'] as $method => $key) {
			$e->method($method)->willReturnCallback(function (string $value) use (&$set, $key, $e) {
				$set[$key] = $value;
				return $e;
			});
		}
		return $e;
	}
}
