/**
 * SPDX-FileCopyrightText: 2026 Policy Desk contributors
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'

createApp(App)
	.use(createPinia())
	.mount('#policydesk')
