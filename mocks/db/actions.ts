/**
 * Actions each entity's roles can grant, in the order Magistrala's SpiceDB schema lists them
 * (served by `…/roles/available-actions`, never hard-coded in the console).
 */
export const CLIENT_ACTIONS = [
  'update',
  'read',
  'delete',
  'set_parent_group',
  'connect_to_channel',
  'manage_role',
  'add_role_users',
  'remove_role_users',
  'view_role_users',
] as const

export const CHANNEL_ACTIONS = [
  'update',
  'read',
  'delete',
  'set_parent_group',
  'connect_to_client',
  'publish',
  'subscribe',
  'manage_role',
  'add_role_users',
  'remove_role_users',
  'view_role_users',
] as const

export const GROUP_ACTIONS = [
  'update',
  'read',
  'membership',
  'delete',
  'set_child',
  'set_parent',
  'manage_role',
  'add_role_users',
  'remove_role_users',
  'view_role_users',
] as const

export const DOMAIN_ACTIONS = [
  'update',
  'enable',
  'disable',
  'read',
  'delete',
  'manage_role',
  'add_role_users',
  'remove_role_users',
  'view_role_users',
  'client_create',
  'channel_create',
  'group_create',
  ...CLIENT_ACTIONS.map((a) => `client_${a}`),
  ...CHANNEL_ACTIONS.map((a) => `channel_${a}`),
  ...GROUP_ACTIONS.map((a) => `group_${a}`),
]

export type ClientAction = (typeof CLIENT_ACTIONS)[number]
export type ChannelAction = (typeof CHANNEL_ACTIONS)[number]
