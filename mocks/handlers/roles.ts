import type * as z from 'zod/mini'
import {
  AvailableActions,
  MembersRolePage,
  Role,
  RoleActions,
  RoleActionsRequest,
  RoleCreate,
  RoleMembers,
  RoleMembersPage,
  RoleMembersRequest,
  RoleProvision,
  RolesPage,
  RoleUpdate,
  ZERO_TIME,
} from '../../src/api/schemas'
import { CLIENT_ACTIONS } from '../db/actions'
import type { AccessEntityType } from '../db/access'
import { roleId as newRoleId, type RoleRecord } from '../db/role-store'
import { authorized } from './access-view'
import { emptyStatus, fail, inDomain, json, noContent, queryOf, readBody, route, type Ctx, type DomainCtx } from './kit'
import { membersPage } from './members'

/** One entity type's role API: the path segment, its id parameter and the actions its roles may grant. */
export type RoleEntitySpec = {
  segment: string
  param: string
  type: AccessEntityType
  actions: readonly string[]
  /** The entity in the path's domain, if it exists. */
  find: (ctx: DomainCtx, id: string) => { id: string } | undefined
}

/**
 * The permission each role operation checks (`docker/permission.yaml`): role changes need
 * `manage_role`, reading roles and members `view_role_users`, and membership changes their own actions.
 */
type Permission = 'manage_role' | 'view_role_users' | 'add_role_users' | 'remove_role_users'

/** Only the fields the role endpoints serve; actions and members have their own endpoints. */
export function roleView(role: RoleRecord) {
  return {
    id: role.id,
    name: role.name,
    entity_id: role.entity_id,
    created_by: role.created_by ?? '',
    created_at: role.created_at,
    updated_by: role.updated_by ?? '',
    updated_at: role.updated_at ?? ZERO_TIME,
  }
}

const hasDuplicates = (list: string[]) => new Set(list).size !== list.length

/** svcerr.ErrCreateEntity and ErrAddPolicies: what the role manager's unique violations come back as. */
const CREATE_FAILED = 'failed to create entity'
const ADD_POLICIES_FAILED = 'failed to add policies'

/** Magistrala's role manager, mounted on an entity type (clients here; channels and groups share it). */
export function entityRoleHandlers(spec: RoleEntitySpec) {
  const prefix = `${spec.type}.`
  const base = `/:domainID/${spec.segment}/:${spec.param}/roles`

  /** The entity, once the caller holds `permission` on it (403 before 404, see `authorized`). */
  const requireEntity = (ctx: DomainCtx, permission: Permission) =>
    authorized(ctx, spec.type, spec.find(ctx, ctx.params[spec.param]), permission)

  const requireRole = (ctx: DomainCtx, entityId: string): RoleRecord => {
    const role = ctx.db.roles.get(ctx.params.roleID)
    if (!role || role.entity_id !== entityId) throw fail.notFound()
    return role
  }

  /**
   * validateMembers (`pkg/roles/rolemanager/middleware/authorization.go`): members of an entity's roles
   * must already be members of the domain. The refusal is the auth service's own: a 403 reading like
   * every other ("…over the entity"); ErrMissingDomainMember's text never shows.
   */
  const requireDomainMembers = (ctx: DomainCtx, members: string[]) => {
    for (const member of members) {
      if (!ctx.db.access.isDomainMember(member, ctx.domain.id)) throw fail.forbidden()
    }
  }

  /**
   * Role members are UNIQUE(member_id, entity_id) (`pkg/roles/repo/postgres/init.go`): someone holding
   * another role on the entity cannot be given a second. The insert's unique violation is wrapped in
   * svcerr.ErrCreateEntity: 422 "failed to create entity".
   */
  const requireOneRolePerMember = (ctx: DomainCtx, entityId: string, members: string[], exceptRoleId?: string) => {
    for (const member of members) {
      const held = ctx.db.roles.heldOn(entityId, member)
      if (held && held.id !== exceptRoleId) throw fail.unprocessable(CREATE_FAILED)
    }
  }

  /**
   * validateActions wraps the untyped ErrMalformedEntity, which the services' error encoder turns into a
   * bodiless 500, not a 400. The console checks actions against available-actions before sending.
   */
  const unknownAction = (actions: string[]) => actions.some((a) => !spec.actions.includes(a))

  const nameTaken = (ctx: DomainCtx, entityId: string, name: string, exceptId?: string) =>
    ctx.db.roles.ofEntity(entityId).some((r) => r.name === name && r.id !== exceptId)

  /** Changes a role and stamps who and when, as the repository does on every role write. */
  const save = (ctx: DomainCtx, role: RoleRecord, change: Partial<RoleRecord>): RoleRecord => {
    const updated: RoleRecord = { ...role, ...change, updated_by: ctx.user.id, updated_at: new Date().toISOString() }
    ctx.db.roles.put(updated)
    return updated
  }

  const journal = (ctx: DomainCtx, operation: string, attributes: Record<string, unknown>) =>
    ctx.db.record(`${prefix}${operation}`, attributes, { userId: ctx.user.id, domainId: ctx.domain.id })

  /**
   * A role endpoint: authenticated and in the domain (401/403), then the body decoded and validated
   * (415/400), then the entity found and the caller authorised (404/403), as the services order them.
   */
  const handle = (permission: Permission, handler: (ctx: DomainCtx, entityId: string) => Response) => (c: Ctx) => {
    const ctx = inDomain(c)
    return handler(ctx, requireEntity(ctx, permission).id)
  }
  const handleBody =
    <S extends z.ZodMiniType>(
      schema: S,
      permission: Permission,
      handler: (ctx: DomainCtx, entityId: string, body: z.infer<S>) => Response,
    ) =>
    async (c: Ctx) => {
      const ctx = inDomain(c)
      const body = await readBody(ctx, schema)
      return handler(ctx, requireEntity(ctx, permission).id, body)
    }

  return [
    route('get', `/:domainID/${spec.segment}/roles/available-actions`, (c) => {
      inDomain(c)
      return json(AvailableActions, { available_actions: [...spec.actions] })
    }),

    route(
      'post',
      base,
      handleBody(RoleCreate, 'manage_role', (ctx, entityId, body) => {
        const actions = body.optional_actions ?? []
        const members = body.optional_members ?? []
        requireDomainMembers(ctx, members)
        if (unknownAction(actions)) return emptyStatus(500)
        // Policies first (SpiceDB: a duplicate in one write is refused), then the rows: a taken
        // (name, entity_id) or a member holding another role fails the insert. All wrapped in
        // svcerr.ErrCreateEntity: 422.
        if (hasDuplicates(actions) || hasDuplicates(members)) throw fail.unprocessable(CREATE_FAILED)
        if (nameTaken(ctx, entityId, body.role_name)) throw fail.unprocessable(CREATE_FAILED)
        requireOneRolePerMember(ctx, entityId, members)
        const role: RoleRecord = {
          id: newRoleId(spec.type),
          name: body.role_name,
          entity_id: entityId,
          entity_type: spec.type,
          domain_id: ctx.domain.id,
          actions,
          members,
          created_by: ctx.user.id,
          created_at: new Date().toISOString(),
          updated_by: '',
          updated_at: ZERO_TIME,
        }
        ctx.db.roles.put(role)
        journal(ctx, 'role.add', { ...roleView(role), optional_actions: actions, optional_members: members })
        return json(
          RoleProvision,
          { ...roleView(role), optional_actions: actions.length ? actions : null, optional_members: members.length ? members : null },
          { status: 201 },
        )
      }),
    ),

    route(
      'get',
      base,
      handle('view_role_users', (ctx, entityId) => {
        const q = queryOf(ctx.url)
        const offset = q.uint('offset', 0)
        const limit = q.limit(10)
        const roles = ctx.db.roles.ofEntity(entityId)
        return json(RolesPage, { total: roles.length, offset, limit, roles: roles.slice(offset, offset + limit).map(roleView) })
      }),
    ),

    // Before `/roles/:roleID`, which would otherwise take "members" for a role id.
    route(
      'get',
      `${base}/members`,
      handle('view_role_users', (ctx, entityId) =>
        json(MembersRolePage, membersPage(ctx.db.access.members(ctx.domain.id, spec.type, entityId), queryOf(ctx.url))),
      ),
    ),

    route(
      'get',
      `${base}/:roleID`,
      handle('view_role_users', (ctx, entityId) => json(Role, roleView(requireRole(ctx, entityId)))),
    ),

    route(
      'put',
      `${base}/:roleID`,
      handleBody(RoleUpdate, 'manage_role', (ctx, entityId, body) => {
        const role = requireRole(ctx, entityId)
        // UNIQUE(name, entity_id): the update's conflict is wrapped in svcerr.ErrUpdateEntity, 422.
        if (nameTaken(ctx, entityId, body.name, role.id)) throw fail.unprocessable('update entity failed')
        const updated = save(ctx, role, { name: body.name })
        journal(ctx, 'role.update', roleView(updated))
        return json(Role, roleView(updated))
      }),
    ),

    route(
      'delete',
      `${base}/:roleID`,
      handle('manage_role', (ctx, entityId) => {
        const role = requireRole(ctx, entityId)
        ctx.db.roles.remove(role.id)
        journal(ctx, 'role.remove', { entity_id: entityId, role_id: role.id, name: role.name })
        return noContent()
      }),
    ),

    route(
      'get',
      `${base}/:roleID/actions`,
      handle('view_role_users', (ctx, entityId) => json(RoleActions, { actions: [...requireRole(ctx, entityId).actions] })),
    ),

    route(
      'post',
      `${base}/:roleID/actions`,
      handleBody(RoleActionsRequest, 'manage_role', (ctx, entityId, body) => {
        const role = requireRole(ctx, entityId)
        if (unknownAction(body.actions)) return emptyStatus(500)
        // The policies are written first, with SpiceDB's CREATE: an action the role has already (or one
        // listed twice) is refused there, and svcerr.ErrAddPolicies makes it a 422.
        if (hasDuplicates(body.actions) || body.actions.some((a) => role.actions.includes(a))) throw fail.unprocessable(ADD_POLICIES_FAILED)
        save(ctx, role, { actions: [...role.actions, ...body.actions] })
        journal(ctx, 'role.actions.add', { entity_id: entityId, role_id: role.id, actions: body.actions })
        // RoleAddActions returns the actions it was given: only the ones just added.
        return json(RoleActions, { actions: body.actions })
      }),
    ),

    route(
      'post',
      `${base}/:roleID/actions/delete`,
      handleBody(RoleActionsRequest, 'manage_role', (ctx, entityId, body) => {
        const role = requireRole(ctx, entityId)
        save(ctx, role, { actions: role.actions.filter((a) => !body.actions.includes(a)) })
        journal(ctx, 'role.actions.remove', { entity_id: entityId, role_id: role.id, actions: body.actions })
        return noContent()
      }),
    ),

    route(
      'post',
      `${base}/:roleID/actions/delete-all`,
      handle('manage_role', (ctx, entityId) => {
        const role = requireRole(ctx, entityId)
        save(ctx, role, { actions: [] })
        journal(ctx, 'role.actions.remove_all', { entity_id: entityId, role_id: role.id })
        return noContent()
      }),
    ),

    route(
      'get',
      `${base}/:roleID/members`,
      handle('view_role_users', (ctx, entityId) => {
        const role = requireRole(ctx, entityId)
        const q = queryOf(ctx.url)
        const offset = q.uint('offset', 0)
        const limit = q.limit(10)
        return json(RoleMembersPage, { total: role.members.length, offset, limit, members: role.members.slice(offset, offset + limit) })
      }),
    ),

    route(
      'post',
      `${base}/:roleID/members`,
      handleBody(RoleMembersRequest, 'add_role_users', (ctx, entityId, body) => {
        requireDomainMembers(ctx, body.members)
        const role = requireRole(ctx, entityId)
        // Policies first: a member the role has already (or one listed twice) is refused by SpiceDB's
        // CREATE (422, ErrAddPolicies). Then the rows: someone holding another role on the entity breaks
        // UNIQUE(member_id, entity_id) (422, ErrCreateEntity).
        if (hasDuplicates(body.members) || body.members.some((m) => role.members.includes(m))) throw fail.unprocessable(ADD_POLICIES_FAILED)
        requireOneRolePerMember(ctx, entityId, body.members, role.id)
        save(ctx, role, { members: [...role.members, ...body.members] })
        journal(ctx, 'role.members.add', { entity_id: entityId, role_id: role.id, members: body.members })
        return json(RoleMembers, { members: body.members })
      }),
    ),

    route(
      'post',
      `${base}/:roleID/members/delete`,
      handleBody(RoleMembersRequest, 'remove_role_users', (ctx, entityId, body) => {
        const role = requireRole(ctx, entityId)
        save(ctx, role, { members: role.members.filter((m) => !body.members.includes(m)) })
        journal(ctx, 'role.members.remove', { entity_id: entityId, role_id: role.id, members: body.members })
        return noContent()
      }),
    ),

    route(
      'post',
      `${base}/:roleID/members/delete-all`,
      handle('remove_role_users', (ctx, entityId) => {
        const role = requireRole(ctx, entityId)
        save(ctx, role, { members: [] })
        journal(ctx, 'role.members.remove_all', { entity_id: entityId, role_id: role.id })
        return noContent()
      }),
    ),
  ]
}

/** Roles on clients (`/{domainID}/clients/{clientID}/roles…`). */
export function clientRoleHandlers() {
  return entityRoleHandlers({
    segment: 'clients',
    param: 'clientID',
    type: 'client',
    actions: CLIENT_ACTIONS,
    find: (ctx, id) => ctx.db.clients.getIn(ctx.domain.id, id),
  })
}
