<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

namespace OCA\PolicyDesk\Activity;

use OCA\PolicyDesk\AppInfo\Application;
use OCP\Activity\Exceptions\UnknownActivityException;
use OCP\Activity\IEvent;
use OCP\Activity\IProvider;
use OCP\IURLGenerator;
use OCP\IUserManager;
use OCP\L10N\IFactory;

/**
 * Renders Policy Desk review events in the Activity stream, in the reader's
 * language, with "You" when the reader is the one who acted.
 */
class Provider implements IProvider {
	public const TYPE = 'policydesk_review';
	public const OBJECT_TYPE = 'policydesk_document';

	public const SUBMITTED = 'submitted';
	public const RESUBMITTED = 'resubmitted';
	public const APPROVED_BY = 'approved_by';
	public const CHANGES_REQUESTED = 'changes_requested';
	public const NEW_VERSION = 'new_version';
	public const DOCUMENT_APPROVED = 'document_approved';
	public const WITHDRAWN = 'withdrawn';

	public function __construct(
		private IFactory $l10nFactory,
		private IURLGenerator $urlGenerator,
		private IUserManager $userManager,
	) {
	}

	/**
	 * @param string $language
	 * @throws UnknownActivityException
	 */
	#[\Override]
	public function parse($language, IEvent $event, ?IEvent $previousEvent = null): IEvent {
		if ($event->getApp() !== Application::APP_ID || $event->getType() !== self::TYPE) {
			throw new UnknownActivityException();
		}
		$l = $this->l10nFactory->get(Application::APP_ID, $language);
		$self = $event->getAuthor() === $event->getAffectedUser();

		$subject = match ($event->getSubject()) {
			self::SUBMITTED => $self ? $l->t('You submitted {document} for review') : $l->t('{user} submitted {document} for review'),
			self::RESUBMITTED => $self ? $l->t('You sent {document} back to review') : $l->t('{user} sent {document} back to review'),
			self::APPROVED_BY => $self ? $l->t('You approved {document}') : $l->t('{user} approved {document}'),
			self::CHANGES_REQUESTED => $self ? $l->t('You requested changes to {document}') : $l->t('{user} requested changes to {document}'),
			self::NEW_VERSION => $self ? $l->t('You changed {document} while it was in review') : $l->t('{user} changed {document} while it was in review'),
			self::DOCUMENT_APPROVED => $l->t('{document} was approved'),
			self::WITHDRAWN => $self ? $l->t('You withdrew {document}') : $l->t('{user} withdrew {document}'),
			default => throw new UnknownActivityException(),
		};

		$params = $event->getSubjectParameters();
		$documentId = (string)$event->getObjectId();
		$title = isset($params['title']) && is_string($params['title']) ? $params['title'] : $event->getObjectName();
		$actorId = $event->getAuthor();
		$actorName = $this->userManager->get($actorId)?->getDisplayName() ?? $actorId;
		$link = $this->urlGenerator->linkToRouteAbsolute('policydesk.page.document', ['id' => $documentId]);

		$rich = [
			'user' => ['type' => 'user', 'id' => $actorId, 'name' => $actorName],
			'document' => ['type' => 'highlight', 'id' => $documentId, 'name' => $title, 'link' => $link],
		];
		$event->setRichSubject($subject, $rich);
		$event->setParsedSubject(str_replace(['{user}', '{document}'], [$actorName, $title], $subject));
		if (isset($params['comment']) && is_string($params['comment']) && $params['comment'] !== '') {
			$event->setParsedMessage($params['comment']);
		}
		$event->setLink($link);
		$event->setIcon($this->urlGenerator->getAbsoluteURL($this->urlGenerator->imagePath(Application::APP_ID, 'app-dark.svg')));
		return $event;
	}
}
