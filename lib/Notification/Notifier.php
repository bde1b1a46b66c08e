<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Notification;

use OCA\PolicyDesk\AppInfo\Application;
use OCP\IURLGenerator;
use OCP\IUserManager;
use OCP\L10N\IFactory;
use OCP\Notification\INotification;
use OCP\Notification\INotifier;
use OCP\Notification\UnknownNotificationException;

/**
 * Turns stored review notifications into text in the recipient's language.
 * Only ids are stored (document id and title at the time, actor uid), so a
 * notification reads correctly in whatever language its reader uses.
 */
class Notifier implements INotifier {
	public const OBJECT_TYPE = 'document';

	public const REVIEW_REQUESTED = 'review_requested';
	public const CHANGES_REQUESTED = 'changes_requested';
	public const APPROVED_BY = 'approved_by';
	public const NEW_VERSION = 'new_version';
	public const DOCUMENT_APPROVED = 'document_approved';

	public const SUBJECTS = [
		self::REVIEW_REQUESTED,
		self::CHANGES_REQUESTED,
		self::APPROVED_BY,
		self::NEW_VERSION,
		self::DOCUMENT_APPROVED,
	];

	public function __construct(
		private IFactory $l10nFactory,
		private IURLGenerator $urlGenerator,
		private IUserManager $userManager,
	) {
	}

	#[\Override]
	public function getID(): string {
		return Application::APP_ID;
	}

	#[\Override]
	public function getName(): string {
		return $this->l10nFactory->get(Application::APP_ID)->t('Policy Desk');
	}

	/**
	 * @throws UnknownNotificationException for other apps' or unknown subjects
	 */
	#[\Override]
	public function prepare(INotification $notification, string $languageCode): INotification {
		if ($notification->getApp() !== Application::APP_ID
			|| $notification->getObjectType() !== self::OBJECT_TYPE
			|| !in_array($notification->getSubject(), self::SUBJECTS, true)) {
			throw new UnknownNotificationException();
		}
		$l = $this->l10nFactory->get(Application::APP_ID, $languageCode);
		$params = $notification->getSubjectParameters();
		$documentId = $notification->getObjectId();
		$title = isset($params['title']) && is_string($params['title']) ? $params['title'] : $l->t('Untitled document');
		$actorId = isset($params['actor']) && is_string($params['actor']) ? $params['actor'] : '';
		$actorName = $this->userManager->get($actorId)?->getDisplayName() ?? $actorId;
		$link = $this->urlGenerator->linkToRouteAbsolute('policydesk.page.document', ['id' => $documentId]);

		$subject = match ($notification->getSubject()) {
			self::REVIEW_REQUESTED => $l->t('{user} asks you to review {document}'),
			self::CHANGES_REQUESTED => $l->t('{user} requested changes to {document}'),
			self::APPROVED_BY => $l->t('{user} approved {document}'),
			self::NEW_VERSION => $l->t('{user} changed {document}: please review the new version'),
			default => $l->t('{document} is approved'),
		};
		$notification->setRichSubject($subject, [
			'user' => ['type' => 'user', 'id' => $actorId, 'name' => $actorName],
			'document' => ['type' => 'highlight', 'id' => $documentId, 'name' => $title, 'link' => $link],
		]);
		// Clients without rich text support show the parsed subject.
		$notification->setParsedSubject(str_replace(['{user}', '{document}'], [$actorName, $title], $subject));

		if (isset($params['comment']) && is_string($params['comment']) && $params['comment'] !== '') {
			$notification->setParsedMessage($params['comment']);
		}
		$notification->setLink($link);
		$notification->setIcon($this->urlGenerator->getAbsoluteURL($this->urlGenerator->imagePath(Application::APP_ID, 'app-dark.svg')));
		return $notification;
	}
}
