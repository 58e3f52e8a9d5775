/**
 * What Magistrala's client actions let a role's members do. The list of actions itself always comes
 * from the server (`…/roles/available-actions`); an action missing here is shown without a description.
 */
const DESCRIPTIONS: Record<string, string> = {
  update: 'Edit the name, tags, metadata and secret; enable and disable',
  read: 'View the client and its audit log',
  delete: 'Delete the client',
  set_parent_group: 'Move the client into or out of a group',
  connect_to_channel: 'Connect the client to channels and disconnect it',
  manage_role: 'Create, rename and delete roles; change their actions',
  add_role_users: 'Add members to roles',
  remove_role_users: 'Remove members from roles',
  view_role_users: 'See roles and their members',
}

export function actionDescription(action: string): string | undefined {
  return DESCRIPTIONS[action]
}
