import type { Service } from './config'
import { request, requestVoid } from './http'
import {
  AvailableActions,
  MembersRolePage,
  Role,
  RoleActions,
  RoleMembers,
  RoleMembersPage,
  RoleProvision,
  RolesPage,
  type EntityMembersParams,
  type RoleCreate,
} from './schemas/role'

type Page = { offset?: number; limit?: number }

/**
 * The role manager API Magistrala mounts on every entity type (`/{domainID}/clients/{clientID}/roles…`,
 * the same for channels and groups). Role ids are `<type>_<short id>`, not UUIDs.
 * `DELETE …/roles` (remove members from every role) is left out on purpose: the real router wires it to
 * the wrong decoder and it fails; remove members role by role instead.
 */
function entityRoles(service: Service, segment: 'clients' | 'channels') {
  const entity = (domainId: string, entityId: string) => `/${encodeURIComponent(domainId)}/${segment}/${encodeURIComponent(entityId)}/roles`
  const role = (domainId: string, entityId: string, roleId: string) => `${entity(domainId, entityId)}/${encodeURIComponent(roleId)}`

  return {
    /** Every action a role on this entity type may grant; never hard-code it. */
    availableActions: (domainId: string, signal?: AbortSignal) =>
      request({ service, path: `/${encodeURIComponent(domainId)}/${segment}/roles/available-actions`, schema: AvailableActions, signal }),

    list: (domainId: string, entityId: string, page: Page = {}, signal?: AbortSignal) =>
      request({ service, path: entity(domainId, entityId), query: page, schema: RolesPage, signal }),

    create: (domainId: string, entityId: string, body: RoleCreate) =>
      request({ service, path: entity(domainId, entityId), method: 'POST', body, schema: RoleProvision }),

    get: (domainId: string, entityId: string, roleId: string, signal?: AbortSignal) =>
      request({ service, path: role(domainId, entityId, roleId), schema: Role, signal }),

    rename: (domainId: string, entityId: string, roleId: string, name: string) =>
      request({ service, path: role(domainId, entityId, roleId), method: 'PUT', body: { name }, schema: Role }),

    remove: (domainId: string, entityId: string, roleId: string) =>
      requestVoid({ service, path: role(domainId, entityId, roleId), method: 'DELETE' }),

    actions: (domainId: string, entityId: string, roleId: string, signal?: AbortSignal) =>
      request({ service, path: `${role(domainId, entityId, roleId)}/actions`, schema: RoleActions, signal }),

    addActions: (domainId: string, entityId: string, roleId: string, actions: string[]) =>
      request({ service, path: `${role(domainId, entityId, roleId)}/actions`, method: 'POST', body: { actions }, schema: RoleActions }),

    removeActions: (domainId: string, entityId: string, roleId: string, actions: string[]) =>
      requestVoid({ service, path: `${role(domainId, entityId, roleId)}/actions/delete`, method: 'POST', body: { actions } }),

    removeAllActions: (domainId: string, entityId: string, roleId: string) =>
      requestVoid({ service, path: `${role(domainId, entityId, roleId)}/actions/delete-all`, method: 'POST' }),

    /** One page of the role's members: user ids only. */
    members: (domainId: string, entityId: string, roleId: string, page: Page = {}, signal?: AbortSignal) =>
      request({ service, path: `${role(domainId, entityId, roleId)}/members`, query: page, schema: RoleMembersPage, signal }),

    /** Members must already belong to the domain (403 otherwise). */
    addMembers: (domainId: string, entityId: string, roleId: string, members: string[]) =>
      request({ service, path: `${role(domainId, entityId, roleId)}/members`, method: 'POST', body: { members }, schema: RoleMembers }),

    removeMembers: (domainId: string, entityId: string, roleId: string, members: string[]) =>
      requestVoid({ service, path: `${role(domainId, entityId, roleId)}/members/delete`, method: 'POST', body: { members } }),

    removeAllMembers: (domainId: string, entityId: string, roleId: string) =>
      requestVoid({ service, path: `${role(domainId, entityId, roleId)}/members/delete-all`, method: 'POST' }),

    /** Who holds which role on the entity (user ids with their roles). */
    entityMembers: (domainId: string, entityId: string, params: EntityMembersParams = {}, signal?: AbortSignal) =>
      request({ service, path: `${entity(domainId, entityId)}/members`, query: params, schema: MembersRolePage, signal }),
  }
}

export const clientRoles = entityRoles('clients', 'clients')
