<?php

declare(strict_types=1);

/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

// The Vue app (js/policydesk-main.mjs, added by PageController) mounts here.
?>
<div id="policydesk"></div>
