<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Tests\Notification;

use OCA\PolicyDesk\Notification\NotificationSender;
use OCA\PolicyDesk\Notification\Notifier;
use OCP\AppFramework\Utility\ITimeFactory;
use OCP\Notification\IManager;
use OCP\Notification\INotification;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;

final class NotificationSenderTest extends TestCase {
	/** @var list<array{string, array<string, mixed>}> what happened, in order: notify or markProcessed, with the fields set */
	private array $calls = [];
	private NotificationSender $sender;
	/** @var \SplObjectStorage<INotification, \ArrayObject<string, mixed>> fields set on each notification double */
	private \SplObjectStorage $fields;

	protected function setUp(): void {
		if (!interface_exists(\OCP\AppFramework\Bootstrap\IBootstrap::class)) {
			$this->markTestSkipped('Needs a Nextcloud 20+ OCP: run with NEXTCLOUD_OCP_DIR=/opt/ocp/stable34');
		}
		$this->fields = new \SplObjectStorage();
		$manager = $this->createMock(IManager::class);
		$manager->method('createNotification')->willReturnCallback(fn (): INotification => $this->recordingNotification());
		$manager->method('notify')->willReturnCallback(function (INotification $n): void {
			$this->calls[] = ['notify', $this->fieldsOf($n)];
		});
		$manager->method('markProcessed')->willReturnCallback(function (INotification $n): void {
			$this->calls[] = ['markProcessed', $this->fieldsOf($n)];
		});
		$time = $this->createMock(ITimeFactory::class);
		$time->method('getDateTime')->willReturn(new \DateTime('@1700000000'));
		$this->sender = new NotificationSender($manager, $time);
	}

	public function testEachRecipientGetsOneNotificationWithIdsAndTitle(): void {
		$this->sender->send(Notifier::CHANGES_REQUESTED, ['anna', 'eli'], 7, 'Climate policy', 'bo', str_repeat('a', 400));

		$this->assertCount(2, $this->calls);
		[$kind, $fields] = $this->calls[0];
		$this->assertSame('notify', $kind);
		$this->assertSame('policydesk', $fields['app']);
		$this->assertSame('anna', $fields['user']);
		$this->assertSame(['document', '7'], $fields['object']);
		$this->assertSame(Notifier::CHANGES_REQUESTED, $fields['subject']);
		$this->assertSame(['title' => 'Climate policy', 'actor' => 'bo', 'comment' => str_repeat('a', 300)], $fields['params']);
		$this->assertSame('eli', $this->calls[1][1]['user']);
	}

	/** An author who saves ten times leaves one "please review" per reviewer, not ten. */
	public function testARepeatedRequestReplacesTheOpenOne(): void {
		$this->sender->send(Notifier::NEW_VERSION, ['bo'], 7, 'Climate policy', 'anna', null);

		$this->assertSame(['markProcessed', 'notify'], array_column($this->calls, 0));
		$withdrawn = $this->calls[0][1];
		$this->assertSame(['bo', ['document', '7'], Notifier::NEW_VERSION], [$withdrawn['user'], $withdrawn['object'], $withdrawn['subject']]);
	}

	public function testWithdrawingForADocumentTakesBackEveryonesNotifications(): void {
		$this->sender->withdraw(7);
		$this->assertSame([['markProcessed', ['app' => 'policydesk', 'object' => ['document', '7']]]], $this->calls);
	}

	/**
	 * @return array<string, mixed>
	 */
	private function fieldsOf(INotification $n): array {
		return $this->fields[$n]->getArrayCopy();
	}

	/**
	 * A notification double that remembers what was set on it.
	 */
	private function recordingNotification(): INotification&MockObject {
		$fields = new \ArrayObject();
		$n = $this->createMock(INotification::class);
		$this->fields[$n] = $fields;
		$n->method('setApp')->willReturnCallback(function (string $app) use ($fields, $n) {
			$fields['app'] = $app;
			return $n;
		});
		$n->method('setUser')->willReturnCallback(function (string $user) use ($fields, $n) {
			$fields['user'] = $user;
			return $n;
		});
		$n->method('setDateTime')->willReturnSelf();
		$n->method('setObject')->willReturnCallback(function (string $type, string $id) use ($fields, $n) {
			$fields['object'] = [$type, $id];
			return $n;
		});
		$n->method('setSubject')->willReturnCallback(function (string $subject, array $params = []) use ($fields, $n) {
			$fields['subject'] = $subject;
			if ($params !== []) {
				$fields['params'] = $params;
			}
			return $n;
		});
		return $n;
	}
}
