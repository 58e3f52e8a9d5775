import type { Channel, Client, ConnectionType, Group, JournalEntityType, JournalEntry } from '../../src/api/schemas'
import { ZERO_TIME } from '../../src/api/schemas'
import type { CompactJournal } from '../db/journal-store'
import { CHANNEL_ACTIONS, CLIENT_ACTIONS, DOMAIN_ACTIONS, GROUP_ROLE_ACTIONS } from '../db/actions'
import type { Database, DomainRecord, UserRecord } from '../db/database'
import { createRandom, type Random } from '../db/random'
import { roleId, type RoleRecord } from '../db/role-store'
import { mintCertificate } from '../certs/issuer'
import { seedBootstraps } from './bootstraps'
import { SeedHistory, type Note } from './history'
import { isoString } from './iso'
import {
  APPLICATIONS,
  ENVIRONMENT_TAGS,
  FARM_DEVICES,
  FARM_SITES,
  FIRST_NAMES,
  INDUSTRIAL_DEVICES,
  INDUSTRIAL_SITES,
  LAST_NAMES,
  type DeviceKind,
} from './words'

export type SeedOptions = {
  /** PRNG seed: the same value always gives the same data. */
  seed?: number
  /** Clients in the main domain (the second domain always has a few dozen). */
  clients?: number
  /** Extra synthetic journal entries, for searching at scale. */
  journal?: number
  /** Extra synthetic channels in the main domain, for channel pickers at scale. */
  channels?: number
  /** Time the seed's history ends at (ms); defaults to now. */
  anchor?: number
}

export const DEFAULT_SEED = 20261123
export const DEFAULT_CLIENTS = 250
export const DEMO_PASSWORD = '12345678'

/** Accounts the login page offers in demo mode. */
export const DEMO_ACCOUNTS = [
  { label: 'Administrator', username: 'admin@example.com', password: DEMO_PASSWORD },
  { label: 'Operator', username: 'omar.haddad@example.com', password: DEMO_PASSWORD },
  { label: 'Read-only member', username: 'viewer@example.com', password: DEMO_PASSWORD },
  { label: 'Logistics lead (group role)', username: 'jane.sharma@example.com', password: DEMO_PASSWORD },
]

const DAY = 86_400_000
const iso = isoString
const slugs = new Map<string, string>()
const slug = (text: string) => {
  let out = slugs.get(text)
  if (out === undefined) {
    out = text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
    if (slugs.size < 10_000) slugs.set(text, out)
  }
  return out
}

/** Fills an empty database with a deterministic, realistic fleet. */
export function seedDatabase(db: Database, options: SeedOptions = {}) {
  const seed = options.seed ?? DEFAULT_SEED
  const clientCount = options.clients ?? DEFAULT_CLIENTS
  const anchor = options.anchor ?? Math.floor(Date.now() / 60_000) * 60_000
  const random = createRandom(seed)
  db.seedInfo = {
    seed,
    clients: clientCount,
    anchor,
    journal: options.journal,
    ...(options.channels ? { channels: options.channels } : {}),
  }
  db.changes.tracking = false
  const history = new SeedHistory()
  const { note } = history

  const users = seedUsers(db, random, anchor)
  const [admin, jane, viewer, operator, ...others] = users
  const start = anchor - 180 * DAY

  const acme = seedDomain(db, random, {
    name: 'Acme Industrial',
    route: 'acme',
    tags: ['manufacturing', 'eu-west'],
    createdBy: admin,
    at: start - 30 * DAY,
  })
  const farms = seedDomain(db, random, {
    name: 'Greenfield Farms',
    route: 'greenfield',
    tags: ['agriculture'],
    createdBy: admin,
    at: start - 20 * DAY,
  })

  const operators = [operator, ...others.slice(0, 7)]
  const viewers = others.slice(8, 14)
  seedDomainRoles(db, random, acme, { admins: [admin, jane], operators, viewers: [viewer, ...viewers] })
  seedDomainRoles(db, random, farms, { admins: [admin], operators: others.slice(14, 18), viewers: [] })

  const acmeChannels = seedChannels(
    db,
    random,
    acme,
    INDUSTRIAL_SITES.map(([s]) => s),
    [jane, ...operators],
    start,
    note,
  )
  const farmChannels = seedChannels(
    db,
    random,
    farms,
    FARM_SITES.map(([s]) => s),
    [admin],
    start,
    note,
  )

  // Groups draw from their own generator (added to the seed later, they change nothing drawn above). A
  // domain's groups exist before its clients, so each client is created with its parent group already.
  const groupsRandom = createRandom(seed + 1)
  const acmeGroups = seedGroups(db, groupsRandom, acme, ACME_GROUPS, jane, start, note)
  const acmeClients = seedClients(db, random, {
    domain: acme,
    count: clientCount,
    devices: INDUSTRIAL_DEVICES,
    sites: INDUSTRIAL_SITES,
    creators: [jane, ...operators],
    channels: acmeChannels,
    groups: { random: groupsRandom, bySite: acmeGroups },
    start,
    anchor,
    history,
  })
  const farmGroups = seedGroups(db, groupsRandom, farms, FARM_GROUPS, admin, start, note)
  seedClients(db, random, {
    domain: farms,
    count: Math.max(12, Math.min(60, Math.round(clientCount / 4))),
    devices: FARM_DEVICES,
    sites: FARM_SITES,
    creators: [admin],
    channels: farmChannels,
    groups: { random: groupsRandom, bySite: farmGroups },
    start,
    anchor,
    history,
    bareEvery: 10,
  })

  // A few clients carry their own roles, so role pages and "direct" access have something to show.
  for (const client of acmeClients.slice(0, 12)) {
    // Role members are UNIQUE(member_id, entity_id): the creator holds the built-in admin role already.
    const creator = db.roles.builtins?.creatorOf(client.id)
    const members = random
      .sample(others, random.int(1, 3))
      .map((u) => u.id)
      .filter((id) => id !== creator)
    const at = Date.parse(client.created_at) + DAY
    db.roles.put(role(random, 'client', client.id, acme.id, 'technician', ['read', 'update', 'connect_to_channel'], members, jane.id, at))
    note(at, 'client.role.add', { entity_id: client.id, role_name: 'technician', domain: acme.id, user_id: jane.id })
  }

  // Their own stream too: group roles were added to the seed later.
  seedGroupRoles(db, createRandom(seed + 4), {
    domain: acme,
    creator: jane,
    leads: [
      // A site role: `client_*` actions reach the clients whose parent group is Cold Room.
      { user: viewers[0], group: 'Cold Room', name: 'cold-chain technician', actions: COLD_ROOM_ACTIONS },
      // An area role: `subgroup_client_*` actions reach the clients of every site under Logistics.
      { user: viewers[1], group: 'Logistics', name: 'logistics lead', actions: LOGISTICS_LEAD_ACTIONS },
    ],
    start,
    note,
  })
  seedGroupRoles(db, createRandom(seed + 5), { domain: farms, creator: admin, leads: [], start, note })
  noteParentGroups(db, acme, jane, anchor, note)
  noteParentGroups(db, farms, admin, anchor, note)
  seedCertificates(db, createRandom(seed + 2), acme)

  // From its own stream too, so asking for extra channels changes nothing else.
  if (options.channels) seedExtraChannels(db, createRandom(seed + 3), acme, options.channels, [jane, ...operators], start)
  // Its own PRNG stream: the configurations do not shift anything generated before them.
  seedBootstraps(db, createRandom(seed + 0xb007), { domain: acme, clients: acmeClients, channels: acmeChannels, operator, anchor, note })

  // The Rules Engine saves what arrives on the sites' Telemetry channels (a rule with a save_senml output); the
  // general and control channels have no such rule, so the readers never see their messages.
  for (const channel of [...acmeChannels, ...farmChannels]) {
    if (channel.name?.endsWith(' Telemetry')) db.messages.seedRule(channel.id, anchor)
  }

  const synthetic = options.journal
    ? new SyntheticJournal(random, options.journal, acmeClients, [admin, jane, ...operators], start, anchor)
    : undefined

  history.appendTo(db, synthetic)
  db.journal.seeded = db.journal.size
  db.changes.tracking = true
}

function seedUsers(db: Database, random: Random, anchor: number): UserRecord[] {
  const created = iso(anchor - 400 * DAY)
  const make = (first: string, last: string, username: string, email: string, role: 'user' | 'admin'): UserRecord => ({
    id: random.uuid(),
    first_name: first,
    last_name: last,
    email,
    credentials: { username },
    password: DEMO_PASSWORD,
    role,
    status: 'enabled',
    tags: [],
    metadata: {},
    created_at: created,
    updated_at: created,
  })
  const users = [
    make('Ada', 'Admin', 'admin', 'admin@example.com', 'admin'),
    make('Jane', 'Doe', 'jane.doe', 'jane.doe@example.com', 'user'),
    make('Victor', 'Viewer', 'viewer', 'viewer@example.com', 'user'),
    make('Omar', 'Haddad', 'omar.haddad', 'omar.haddad@example.com', 'user'),
  ]
  const taken = new Set(users.map((u) => u.credentials?.username))
  for (let i = 0; users.length < 25; i++) {
    const first = FIRST_NAMES[(i * 7 + 3) % FIRST_NAMES.length]
    const last = LAST_NAMES[(i * 5 + 1) % LAST_NAMES.length]
    const username = `${first}.${last}`.toLowerCase()
    if (taken.has(username)) continue
    taken.add(username)
    users.push(make(first, last, username, `${username}@example.com`, 'user'))
  }
  for (const user of users) db.users.put(user)
  return users
}

function seedDomain(
  db: Database,
  random: Random,
  d: { name: string; route: string; tags: string[]; createdBy: UserRecord; at: number },
): DomainRecord {
  const domain: DomainRecord = {
    id: random.uuid(),
    name: d.name,
    route: d.route,
    tags: d.tags,
    metadata: { region: d.tags.includes('eu-west') ? 'eu-west-1' : 'us-central-1' },
    status: 'enabled',
    created_by: d.createdBy.id,
    created_at: iso(d.at),
    updated_at: iso(d.at),
  }
  db.domains.put(domain)
  return domain
}

function role(
  random: Random,
  type: RoleRecord['entity_type'],
  entityId: string,
  domainId: string,
  name: string,
  actions: string[],
  members: string[],
  createdBy: string,
  at: number,
): RoleRecord {
  return {
    id: roleId(type, random.next),
    name,
    entity_id: entityId,
    entity_type: type,
    domain_id: domainId,
    actions,
    members,
    created_by: createdBy,
    created_at: iso(at),
    updated_by: '',
    updated_at: ZERO_TIME,
  }
}

function seedDomainRoles(
  db: Database,
  random: Random,
  domain: DomainRecord,
  who: { admins: UserRecord[]; operators: UserRecord[]; viewers: UserRecord[] },
) {
  const at = Date.parse(domain.created_at)
  const ids = (users: UserRecord[]) => users.map((u) => u.id)
  const operatorActions = [
    'read',
    'client_create',
    'channel_create',
    ...CLIENT_ACTIONS.filter((a) => a !== 'manage_role').map((a) => `client_${a}`),
    ...CHANNEL_ACTIONS.filter((a) => a !== 'manage_role').map((a) => `channel_${a}`),
    'group_read',
  ]
  const viewerActions = ['read', 'client_read', 'client_view_role_users', 'channel_read', 'channel_view_role_users', 'group_read']
  const createdBy = who.admins[0].id
  db.roles.put(role(random, 'domain', domain.id, domain.id, 'admin', [...DOMAIN_ACTIONS], ids(who.admins), createdBy, at))
  db.roles.put(role(random, 'domain', domain.id, domain.id, 'operator', operatorActions, ids(who.operators), createdBy, at))
  db.roles.put(role(random, 'domain', domain.id, domain.id, 'viewer', viewerActions, ids(who.viewers), createdBy, at))
}

const GENERAL_CHANNELS = ['Alerts', 'Commands', 'Firmware Updates', 'Energy Readings', 'Maintenance Events', 'Diagnostics']

function seedChannels(
  db: Database,
  random: Random,
  domain: DomainRecord,
  sites: string[],
  creators: UserRecord[],
  start: number,
  note: Note,
): Channel[] {
  const names = [...sites.map((s) => `${s} Telemetry`), ...GENERAL_CHANNELS, ...sites.slice(0, 6).map((s) => `${s} Control`)]
  const channels: Channel[] = names.map((name, i) => {
    const creator = random.pick(creators)
    const created = start + i * 3 * 3_600_000
    const kind = name.endsWith('Telemetry') ? 'telemetry' : name.endsWith('Control') ? 'control' : 'general'
    const id = random.uuid()
    const tags = [kind, ...(random.chance(0.3) ? ['critical'] : [])]
    // Drawn for every channel, so that the draws after it stay where they were.
    const metadata = { qos: kind === 'control' ? 1 : 0, retention_days: random.pick([7, 30, 90]) }
    const channel: Channel = {
      id,
      name,
      route: slug(name).slice(0, 36),
      tags,
      domain_id: domain.id,
      // General channels were created without metadata: the service then leaves the field out. Set to
      // undefined rather than left out, so every channel has the same fields (one object shape).
      metadata: kind === 'general' ? undefined : metadata,
      status: random.chance(0.06) ? 'disabled' : 'enabled',
      created_by: creator.id,
      created_at: iso(created),
      updated_at: iso(created),
    }
    note(created, 'channel.create', {
      id: channel.id,
      name,
      tags: channel.tags,
      status: channel.status,
      domain: domain.id,
      user_id: creator.id,
    })
    return channel
  })
  db.channels.loadAll(channels)
  return channels
}

const STREAMS = ['Vibration', 'Pressure', 'Flow', 'Humidity', 'Power', 'Status', 'Events', 'Setpoints']

/** Many plain channels (no connections, no history): enough to show that pickers search on the server. */
function seedExtraChannels(db: Database, random: Random, domain: DomainRecord, count: number, creators: UserRecord[], start: number) {
  const channels: Channel[] = []
  for (let i = 0; i < count; i++) {
    const created = iso(start + i * 60_000)
    const name = `Line ${String(i + 1).padStart(4, '0')} ${STREAMS[i % STREAMS.length]}`
    channels.push({
      id: random.uuid(),
      name,
      route: slug(name).slice(0, 36),
      tags: ['line', STREAMS[i % STREAMS.length].toLowerCase()],
      domain_id: domain.id,
      status: 'enabled',
      created_by: random.pick(creators).id,
      created_at: created,
      updated_at: created,
    })
  }
  db.channels.loadAll(channels)
}

const PUBLISH: readonly ConnectionType[] = ['Publish']
const SUBSCRIBE: readonly ConnectionType[] = ['Subscribe']
const PUBLISH_SUBSCRIBE: readonly ConnectionType[] = ['Publish', 'Subscribe']

/** Above this many clients, the seed writes only their creation and disabling to the journal. */
const LARGE = 5_000

type ClientSeed = {
  domain: DomainRecord
  count: number
  devices: DeviceKind[]
  sites: readonly (readonly [string, string])[]
  creators: UserRecord[]
  channels: Channel[]
  /** Most devices sit in their site's group: chosen from `random`, in creation order. */
  groups: { random: Random; bySite: Map<string, Group> }
  start: number
  anchor: number
  history: SeedHistory
  /** Every n-th client is created without tags or metadata (the service then leaves both fields out). */
  bareEvery?: number
}

/**
 * Makes the client one created with neither tags nor metadata. The fields stay, undefined (JSON leaves
 * them out as Go's omitempty does): a client object without them would be a second shape for every
 * function that reads clients, which made the 100,000-client seed twice as slow.
 */
function bare(client: Client) {
  client.tags = undefined
  client.metadata = undefined
}

/** Devices of one kind at one site: how many so far, their name and identity up to the number, their tags. */
type Series = { count: number; name: string; identity: string; tags: Map<string, string[]> }

/**
 * Joins into one flat string. `+` and template literals make a rope, one object per part, which the
 * 100,000 clients' names and identities kept alive (four objects per client for the GC to copy).
 */
const flat = (...parts: string[]) => parts.join('')

function seedClients(db: Database, random: Random, s: ClientSeed): Client[] {
  const clients: Client[] = []
  const span = s.anchor - s.start - 3_600_000
  const channelsByName = new Map<string, Channel>()
  for (const channel of s.channels) if (!channelsByName.has(channel.name ?? '')) channelsByName.set(channel.name ?? '', channel)
  const byName = (name: string) => channelsByName.get(name)
  // Looked up once: a name built per client is a new string to hash each time.
  const telemetry = new Map(s.sites.map(([site]) => [site, byName(`${site} Telemetry`)]))
  const commands = byName('Commands')
  const firmware = byName('Firmware Updates')
  const alerts = byName('Alerts')
  const serialPrefixes = new Map<string, string>()
  const links: Links = { count: 0, channelIds: [], types: [] }
  const parentGroup = (site: string) => {
    const group = s.groups.bySite.get(site)
    return group && s.groups.random.chance(0.75) ? group.id : undefined
  }
  const series = new Map<string, Map<string, Series>>()
  const seriesOf = (device: DeviceKind, site: string) => {
    let bySite = series.get(device.kind)
    if (!bySite) series.set(device.kind, (bySite = new Map()))
    let kind = bySite.get(site)
    if (!kind) {
      const name = `${site} ${device.kind} `
      const identity = `${slug(site)}-${slug(device.kind)}-`
      bySite.set(site, (kind = { count: 0, name, identity, tags: new Map() }))
    }
    return kind
  }
  const large = s.count > LARGE
  for (let i = 0; i < s.count; i++) {
    // Creation times grow with i (plus jitter), so the list reads like a real rollout history.
    const created = s.start + Math.floor((span * (i + random.next())) / s.count)
    const creator = random.pick(s.creators)
    const isApp = random.chance(0.04)
    let client: Client
    let siteName = ''
    if (isApp) {
      const app = random.pick(APPLICATIONS)
      const region = random.chance(0.5) ? random.pick(['eu', 'us', 'apac']) : ''
      const name = region ? flat(app, ' (', region, ')') : app
      client = baseClient(
        random,
        s.domain,
        name,
        flat(slug(app), region ? `-${region}` : '', '-', String(i)),
        ['application', random.pick(ENVIRONMENT_TAGS)],
        {
          kind: 'application',
          owner: random.pick(['platform-team', 'data-team', 'ops-team']),
          version: `${random.int(1, 4)}.${random.int(0, 12)}.${random.int(0, 9)}`,
        },
        created,
        creator,
        undefined,
      )
    } else {
      const device = random.pick(s.devices)
      const [site, location] = random.pick(s.sites)
      siteName = site
      const [model, manufacturer] = random.pick(device.models)
      const kind = seriesOf(device, site)
      const n = ++kind.count
      const environment = random.chance(0.35) ? random.pick(ENVIRONMENT_TAGS) : ''
      // Clients of a kind at a site share one (frozen) tags array: 100,000 arrays were a large part of the seed.
      let tags = kind.tags.get(environment)
      if (!tags) {
        tags = Object.freeze([...device.tags, slug(site), ...(environment ? [environment] : [])]) as string[]
        kind.tags.set(environment, tags)
      }
      const nn = String(n).padStart(2, '0')
      let serialPrefix = serialPrefixes.get(model)
      if (serialPrefix === undefined) serialPrefixes.set(model, (serialPrefix = model.replace(/\s+/g, '').slice(0, 4).toUpperCase()))
      client = baseClient(
        random,
        s.domain,
        flat(kind.name, nn),
        flat(kind.identity, nn),
        tags,
        {
          model,
          manufacturer,
          location,
          site,
          firmware: `${random.int(1, 5)}.${random.int(0, 9)}.${random.int(0, 20)}`,
          serial: `${serialPrefix}-${random.hex(6).toUpperCase()}`,
        },
        created,
        creator,
        parentGroup(site),
      )
    }
    if (random.chance(0.07)) client.metadata = { ...client.metadata, auth_method: 'certificate' }
    if (s.bareEvery && i % s.bareEvery === s.bareEvery - 1) bare(client)
    const disabled = random.chance(0.08)
    clients.push(client)
    // Every client is created with a built-in admin role, its creator the one member.
    db.roles.builtins?.add(client.id, creator.id)
    s.history.created(created, client, creator.id)

    // Connections: devices publish to their site's telemetry and listen for commands; apps subscribe.
    links.count = 0
    if (isApp) {
      for (const channel of random.sample(s.channels, random.int(1, 4))) connect(links, s, client, creator, created, channel, SUBSCRIBE)
    } else {
      connect(links, s, client, creator, created, telemetry.get(siteName), PUBLISH)
      // Drawn in this order whatever the outcome, as the seed always has.
      const toCommands = random.chance(0.4)
      const toFirmware = random.chance(0.15)
      const toAlerts = random.chance(0.1)
      if (toCommands) connect(links, s, client, creator, created, commands, SUBSCRIBE)
      if (toFirmware) connect(links, s, client, creator, created, firmware, SUBSCRIBE)
      if (toAlerts) connect(links, s, client, creator, created, alerts, PUBLISH_SUBSCRIBE)
    }
    db.connections.addAll(client.id, links.channelIds, links.types, links.count)

    if (!large) seedClientHistory(random, client, creator, s, created)
    if (disabled) {
      const at = created + Math.floor(random.next() * (s.anchor - created))
      client.status = 'disabled'
      client.updated_at = iso(at)
      client.updated_by = creator.id
      s.history.note(at, 'client.disable', { id: client.id, status: 'disabled', domain: s.domain.id, user_id: creator.id })
    }
  }
  db.clients.loadAll(clients)
  return clients
}

/**
 * A client's connections, gathered to be stored at once: the first `count` of each array (reused from
 * client to client; emptying an array drops its storage, reallocated at the next push).
 */
type Links = { count: number; channelIds: string[]; types: (readonly ConnectionType[])[] }

/** A function rather than a closure in the loop: one closure per client was measurable at 100,000. */
function connect(
  links: Links,
  s: ClientSeed,
  client: Client,
  creator: UserRecord,
  created: number,
  channel: Channel | undefined,
  types: readonly ConnectionType[],
) {
  if (!channel || channel.status !== 'enabled') return
  links.channelIds[links.count] = channel.id
  links.types[links.count++] = types
  if (s.count > LARGE) return
  s.history.note(created + 60_000, 'channel.connect', {
    client_ids: [client.id],
    channel_ids: [channel.id],
    types: types.map((t) => t.toLowerCase()),
    domain: s.domain.id,
    user_id: creator.id,
  })
}

function baseClient(
  random: Random,
  domain: DomainRecord,
  name: string,
  identity: string,
  tags: string[],
  metadata: Record<string, unknown>,
  created: number,
  creator: UserRecord,
  parentGroupId: string | undefined,
): Client {
  const at = iso(created)
  const id = random.uuid()
  const credentials = { identity, secret: random.uuid() }
  const domain_id = domain.id
  const updated_by = creator.id
  // The parent group in the literal rather than added later: an object gets room only for the fields
  // it is created with, and a field added to 75,000 of them afterwards cost each a side array.
  return parentGroupId
    ? {
        id,
        name,
        tags,
        domain_id,
        credentials,
        metadata,
        status: 'enabled',
        created_at: at,
        updated_at: at,
        updated_by,
        parent_group_id: parentGroupId,
      }
    : { id, name, tags, domain_id, credentials, metadata, status: 'enabled', created_at: at, updated_at: at, updated_by }
}

/** A few plausible later events per client: views, renames of metadata, tag changes. */
function seedClientHistory(random: Random, client: Client, creator: UserRecord, s: ClientSeed, created: number) {
  const events = random.int(0, 4)
  let t = created
  for (let i = 0; i < events; i++) {
    t += Math.floor(random.next() * (s.anchor - t) * 0.5)
    const op = random.pick(['client.view', 'client.view', 'client.update', 'client.update_tags'])
    const attrs: Record<string, unknown> = { id: client.id, domain: s.domain.id, user_id: creator.id }
    if (op === 'client.update') {
      client.metadata = { ...client.metadata, firmware: `${random.int(1, 5)}.${random.int(0, 9)}.${random.int(0, 20)}` }
      attrs.name = client.name
      client.updated_at = iso(t)
      s.history.note(t, op, attrs, client.metadata)
      continue
    }
    if (op === 'client.update_tags') {
      attrs.tags = client.tags
      client.updated_at = iso(t)
    }
    s.history.note(t, op, attrs)
  }
}

const ACME_GROUPS: Record<string, string[]> = {
  Production: ['Line 1', 'Line 2', 'Line 3', 'Assembly Hall', 'Boiler Room'],
  Logistics: ['Warehouse 1', 'Warehouse 2', 'Cold Room', 'Loading Dock'],
  Facilities: ['Server Room', 'Office East', 'Office West', 'Rooftop', 'Parking Lot'],
}
const FARM_GROUPS: Record<string, string[]> = {
  Fields: ['North Field', 'South Field'],
  Greenhouses: ['Greenhouse A', 'Greenhouse B'],
  Livestock: ['Barn', 'Pump House'],
}

/** A two-level hierarchy (area → site), by site. */
function seedGroups(
  db: Database,
  random: Random,
  domain: DomainRecord,
  tree: Record<string, string[]>,
  creator: UserRecord,
  start: number,
  note: Note,
): Map<string, Group> {
  const groups: Group[] = []
  const bySite = new Map<string, Group>()
  const at = iso(start - 10 * DAY)
  const group = (name: string, parent?: Group): Group => {
    const id = random.uuid()
    const g: Group = {
      id,
      name,
      // Areas were created without a description: the groups service then sends `"description": null`.
      description: parent ? `Devices at ${name}` : null,
      domain_id: domain.id,
      ...(parent ? { parent_id: parent.id } : {}),
      path: parent ? `${parent.path}.${id}` : id,
      level: parent ? 2 : 1,
      tags: [slug(parent?.name ?? name)],
      metadata: {},
      status: 'enabled',
      created_at: at,
      updated_at: at,
    }
    groups.push(g)
    note(start - 10 * DAY, 'group.create', { id, name, domain: domain.id, user_id: creator.id })
    return g
  }
  for (const [area, sites] of Object.entries(tree)) {
    const parent = group(area)
    for (const site of sites) bySite.set(site, group(site, parent))
  }
  db.groups.loadAll(groups)
  return bySite
}

const COLD_ROOM_ACTIONS = ['read', 'client_read', 'client_update', 'client_connect_to_channel', 'client_view_role_users']
const LOGISTICS_LEAD_ACTIONS = [
  'read',
  'subgroup_read',
  'subgroup_client_read',
  'subgroup_client_update',
  'subgroup_client_add_role_users',
  'subgroup_client_remove_role_users',
  'subgroup_client_view_role_users',
]

type GroupRoleSeed = {
  domain: DomainRecord
  /** Created every group: holds each one's built-in admin role. */
  creator: UserRecord
  /** Roles on one group (by name) for domain members, giving them actions on what lies below it. */
  leads: { user: UserRecord; group: string; name: string; actions: string[] }[]
  start: number
  note: Note
}

/**
 * Every group gets the built-in admin role (every group action, its creator the member), as the groups
 * service provisions it; a few groups get a role for someone else. Role members are UNIQUE per group.
 */
function seedGroupRoles(db: Database, random: Random, s: GroupRoleSeed) {
  const at = s.start - 10 * DAY
  for (const group of db.groups.allIn(s.domain.id)) {
    db.roles.put(role(random, 'group', group.id, s.domain.id, 'admin', [...GROUP_ROLE_ACTIONS], [s.creator.id], s.creator.id, at))
    for (const lead of s.leads) {
      if (lead.group !== group.name || lead.user.id === s.creator.id) continue
      const t = at + DAY
      db.roles.put(role(random, 'group', group.id, s.domain.id, lead.name, lead.actions, [lead.user.id], s.creator.id, t))
      s.note(t, 'group.role.add', { entity_id: group.id, role_name: lead.name, domain: s.domain.id, user_id: s.creator.id })
    }
  }
}

/** Each client's move into its group, an hour after its creation (not at 100,000 clients). */
function noteParentGroups(db: Database, domain: DomainRecord, creator: UserRecord, anchor: number, note: Note) {
  if (db.clients.countIn(domain.id) > LARGE) return
  for (const client of db.clients.allIn(domain.id)) {
    if (!client.parent_group_id) continue
    const t = Math.min(anchor, Date.parse(client.created_at) + 3_600_000)
    note(t, 'client.set_parent', { id: client.id, parent_group_id: client.parent_group_id, domain: domain.id, user_id: creator.id })
  }
}

/** Clients set up for certificate authentication get one (a few since revoked, a few expired). */
function seedCertificates(db: Database, random: Random, domain: DomainRecord) {
  let issued = 0
  for (const client of db.clients.allIn(domain.id)) {
    if (issued >= 200) break
    if (client.metadata?.auth_method !== 'certificate') continue
    issued++
    const notBefore = new Date(Date.parse(client.created_at))
    const ttl = (random.chance(0.2) ? 90 : 365) * DAY
    const commonName = client.credentials?.identity || client.id
    const minted = mintCertificate(random, { commonName, organization: 'Acme Industrial' }, notBefore, new Date(notBefore.getTime() + ttl))
    db.certs.put({
      id: minted.serial,
      serial_number: minted.serial,
      certificate: minted.certificate,
      revoked: random.chance(0.1),
      expiry_time: new Date(notBefore.getTime() + ttl).toISOString(),
      entity_id: client.id,
      domain_id: domain.id,
      common_name: commonName,
      ttl_ms: ttl,
    })
  }
}

const SYNTHETIC_OPS = [
  'client.view',
  'client.update',
  'client.update_tags',
  'client.update_secret',
  'client.enable',
  'client.disable',
  'channel.connect',
  'channel.disconnect',
]

/**
 * Bulk history for scale tests: many entries spread over the clients and the seed's time span. It is
 * kept in columns (an operation and a client per entry; time and actor follow from the position), so a
 * million entries cost a few megabytes instead of hundreds; entry objects are built when read.
 */
export class SyntheticJournal implements CompactJournal {
  readonly length: number
  private readonly ops: Uint8Array
  private readonly clients: Uint32Array
  private readonly clientList: Client[]
  private readonly actors: UserRecord[]
  private readonly start: number
  private readonly span: number

  constructor(random: Random, count: number, clients: Client[], actors: UserRecord[], start: number, anchor: number) {
    this.length = count
    this.clientList = clients
    this.actors = actors
    this.start = start
    this.span = anchor - start
    this.ops = new Uint8Array(count)
    this.clients = new Uint32Array(count)
    // Same draws, in the same order, as when these entries were objects: the seed's output is unchanged.
    for (let i = 0; i < count; i++) {
      this.clients[i] = Math.floor(random.next() * clients.length)
      this.ops[i] = Math.floor(random.next() * SYNTHETIC_OPS.length)
    }
  }

  time(i: number) {
    return this.start + Math.floor(this.span * (i / this.length))
  }

  operation(i: number) {
    return SYNTHETIC_OPS[this.ops[i]]
  }

  entry(i: number): JournalEntry {
    const client = this.clientList[this.clients[i]]
    const operation = this.operation(i)
    const user_id = this.actors[i % this.actors.length].id
    const attributes = operation.startsWith('channel.')
      ? { client_ids: [client.id], channel_ids: [], types: ['publish'], domain: client.domain_id, user_id, token_type: 'access token' }
      : { id: client.id, domain: client.domain_id, user_id, token_type: 'access token' }
    return { operation, occurred_at: iso(this.time(i)), domain: '', attributes }
  }

  file(i: number, file: (type: JournalEntityType, id: string) => void) {
    file('client', this.clientList[this.clients[i]].id)
    file('user', this.actors[i % this.actors.length].id)
  }
}
