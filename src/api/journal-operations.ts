import type { JournalEntityType } from './schemas/journal'

// Magistrala's journal operation names (v0.30.0, each service's `events/events.go`). The journal API has
// no endpoint listing the operations it holds, so these are the suggestions the console offers; the
// service matches an operation by its exact name.

/** `pkg/roles/rolemanager/events`, prefixed with the entity (`client.role.add`, …); `actions.ist` is sic. */
const ROLE_OPERATIONS = [
  'role.add',
  'role.remove',
  'role.update',
  'role.view',
  'role.view_all',
  'role.list_available_actions',
  'role.actions.add',
  'role.actions.ist',
  'role.actions.check',
  'role.actions.remove',
  'role.actions.remove_all',
  'role.members.add',
  'role.members.list',
  'role.members.check',
  'role.members.remove',
  'role.members.remove_all',
  'members.list',
  'members.remove',
  'role.members.remove_from_all_roles',
]

const withRoles = (prefix: string, own: string[]) => [...own, ...ROLE_OPERATIONS].map((op) => `${prefix}.${op}`)

const CLIENT = withRoles('client', [
  'create',
  'update',
  'update_tags',
  'update_secret',
  'enable',
  'disable',
  'remove',
  'view',
  'list',
  'list_by_user',
  'set_parent',
  'remove_parent',
])

const CHANNEL = withRoles('channel', [
  'create',
  'update',
  'update_tags',
  'enable',
  'disable',
  'remove',
  'view',
  'list',
  'list_by_user',
  'connect',
  'disconnect',
  'set_parent',
  'remove_parent',
])

const GROUP = withRoles('group', [
  'create',
  'update',
  'update_tags',
  'enable',
  'disable',
  'view',
  'list',
  'list_user_groups',
  'remove',
  'retrieve_group_hierarchy',
  'add_parent_group',
  'remove_parent_group',
  'add_children_groups',
  'remove_children_groups',
  'remove_all_children_groups',
  'list_children_groups',
])

const USER = [
  'create',
  'send_verification',
  'verify_email',
  'update',
  'update_role',
  'update_tags',
  'update_secret',
  'update_username',
  'update_profile_picture',
  'update_email',
  'enable',
  'disable',
  'view',
  'view_profile',
  'list',
  'search',
  'identify',
  'issue_token',
  'refresh_token',
  'revoke_refresh_token',
  'reset_secret',
  'send_password_reset',
  'oauth_callback',
  'add_policy',
  'delete',
].map((op) => `user.${op}`)

const DOMAIN = [
  ...withRoles('domain', ['create', 'retrieve', 'update', 'enable', 'disable', 'freeze', 'list']),
  ...['send', 'accept', 'reject', 'list', 'list_domain', 'delete'].map((op) => `invitation.${op}`),
]

/** Bootstrap: the v0.30.0 names and the v0.20.0 configuration design's own. */
const BOOTSTRAP = [
  'config.create',
  'config.update',
  'config.remove',
  'config.view',
  'config.list',
  'config.enable',
  'config.disable',
  'config.remove_handler',
  'client.bootstrap',
  'client.change_state',
  'client.update_connections',
  'client.connect',
  'client.disconnect',
  'cert.update',
  'channel.remove_handler',
  'channel.update_handler',
].map((op) => `bootstrap.${op}`)

/**
 * What each entity type's journal can hold: its own operations; a client's also has the connections
 * naming it; a user's is everything that user did.
 */
export const JOURNAL_OPERATIONS: Record<JournalEntityType, readonly string[]> = {
  client: [...CLIENT, 'channel.connect', 'channel.disconnect'],
  channel: CHANNEL,
  group: GROUP,
  user: [...USER, ...CLIENT, ...CHANNEL, ...GROUP, ...DOMAIN, ...BOOTSTRAP],
}

/**
 * Operations that only read or sign in (views, lists, checks, tokens): the journal keeps them, but they
 * change nothing. `bootstrap.client.bootstrap` is a device fetching its configuration.
 */
const READ_OPERATION =
  /\.(view|view_all|view_profile|list|list_\w+|retrieve|retrieve_\w+|search|identify|issue_token|refresh_token|oauth_callback|check|ist)$/

export function isReadOperation(operation: string) {
  return READ_OPERATION.test(operation) || operation === 'bootstrap.client.bootstrap'
}

/** What each journal can hold that changed something: the "changes only" view queries these one by one. */
const changesOf = (type: JournalEntityType) => JOURNAL_OPERATIONS[type].filter((op) => !isReadOperation(op))
export const CHANGE_OPERATIONS: Record<JournalEntityType, readonly string[]> = {
  client: changesOf('client'),
  channel: changesOf('channel'),
  group: changesOf('group'),
  user: changesOf('user'),
}
