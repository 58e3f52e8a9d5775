/**
 * The error messages Magistrala's services really send (v0.30.0; bootstrap v0.20.0), in one place. The
 * body is `{"message": …}`, the message of the innermost typed error (`pkg/errors/errors.go` Wrap keeps
 * it); the status comes from that error's type (`api/http/common.go` EncodeError). Explanations in the
 * console key on status and message together, never on a word of the message.
 */
export const SERVER_ERRORS = {
  /** 403, for every refusal through the auth service: a missing right, a caller or a member outside the domain. */
  authorization: 'failed to perform authorization over the entity',
  /** 400 (svcerr.ErrConflict is a RequestError): a connection that exists, a taken channel route… */
  conflict: 'entity already exists',
  /** 400: another client of the domain has this key. */
  clientKeyTaken: 'client key is not available',
  /**
   * 422 (svcerr.ErrCreateEntity) wrapping a unique violation of the role manager: a role name the
   * entity has, or a member who holds another role on it (UNIQUE(member_id, entity_id)). Also what
   * connecting a disabled entity answers: read it only where a role was being created or filled.
   */
  createEntity: 'failed to create entity',
  /** 422 (svcerr.ErrUpdateEntity): renaming a role to a name the entity has. */
  updateEntity: 'update entity failed',
  /** 422 (svcerr.ErrAddPolicies): SpiceDB refused to write an action or a member the role has already. */
  addPolicies: 'failed to add policies',
  /** 422 (bootstrap v0.20.0 ErrAddBootstrap): a taken external id, or a client with a configuration already. */
  addBootstrap: 'failed to add bootstrap configuration',
  /**
   * 400 (errors.ErrMalformedEntity): bootstrap v0.20.0 lists configurations for non-admins by asking
   * SpiceDB for a `view` permission its schema does not define; also an unknown channel on create.
   */
  malformedEntity: 'malformed entity specification',
  /** 422: enabling what is enabled, disabling what is disabled. */
  statusAlreadyAssigned: 'status already assigned',
  /** 404 (NotFoundError). */
  notFound: 'entity not found',
  /** 401 (certs): renewing a revoked certificate. */
  certRevoked: 'certificate has been revoked and cannot be renewed',
} as const

export type ServerErrorKey = keyof typeof SERVER_ERRORS
