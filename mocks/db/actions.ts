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

/**
 * Everything a group role may grant, in schema order: the group's own actions, then creating, then what
 * it passes down to its clients (`client_*`), channels (`channel_*`) and subgroups (`subgroup_*`, and
 * `subgroup_client_*` / `subgroup_channel_*` for theirs).
 */
export const GROUP_ROLE_ACTIONS = [
  ...GROUP_ACTIONS,
  'client_create',
  'channel_create',
  'subgroup_create',
  'subgroup_client_create',
  'subgroup_channel_create',
  ...CLIENT_ACTIONS.map((a) => `client_${a}`),
  ...CHANNEL_ACTIONS.map((a) => `channel_${a}`),
  ...GROUP_ACTIONS.map((a) => `subgroup_${a}`),
  ...CLIENT_ACTIONS.map((a) => `subgroup_client_${a}`),
  ...CHANNEL_ACTIONS.map((a) => `subgroup_channel_${a}`),
]

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
