/** A valid SenML pack: what the commands send and the test message starts from. */
export const SENML_EXAMPLE = '[{"n":"temperature","u":"Cel","v":21.5},{"n":"humidity","u":"%RH","v":48}]'

/** The same pack, laid out for the editor. */
export const SENML_EXAMPLE_PRETTY = JSON.stringify(JSON.parse(SENML_EXAMPLE), null, 2)

export type SenmlCheck = { ok: true; records: number } | { ok: false; problem: string }

/** The record fields and their JSON types, as absmach/senml decodes them (senml.go); other keys are ignored. */
const FIELD_TYPES: Record<string, 'string' | 'number' | 'uint' | 'boolean'> = {
  bn: 'string',
  bt: 'number',
  bu: 'string',
  bver: 'uint',
  bv: 'number',
  bs: 'number',
  n: 'string',
  u: 'string',
  v: 'number',
  vs: 'string',
  vb: 'boolean',
  vd: 'string',
  s: 'number',
  t: 'number',
  ut: 'number',
}

const VALUE_FIELDS = ['v', 'vs', 'vb', 'vd'] as const
const NAME_CHARS = /^[A-Za-z0-9\-:./_]+$/
const NAME_BAD_START = /^[-:./_]/

/**
 * Checks a payload as Magistrala's SenML transformer would (absmach/senml v1.0.8 `Decode` and `Validate`): a JSON
 * array of objects with correctly typed fields; on every record a name (base name + name) of `A-Za-z0-9-:./_` that
 * does not start with `-:./_`; at most one of v, vs, vb, vd and at least one value or sum; one base version for all.
 * The first problem found is reported, naming the record. The broker accepts anything, so an invalid pack is answered
 * 200 and then dropped without a word: this is the only place an operator hears about it.
 */
export function checkSenml(text: string): SenmlCheck {
  let pack: unknown
  try {
    pack = JSON.parse(text)
  } catch (error) {
    return { ok: false, problem: `Not valid JSON: ${(error as Error).message}` }
  }
  if (!Array.isArray(pack)) return { ok: false, problem: 'SenML is a JSON array of records: wrap the record in [ … ].' }

  let bver = 0
  let baseName = ''
  let baseSum = 0
  for (const [index, record] of pack.entries()) {
    const where = `Record ${index + 1}`
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      return { ok: false, problem: `${where} is not an object.` }
    }
    const fields = record as Record<string, unknown>
    for (const [key, type] of Object.entries(FIELD_TYPES)) {
      const problem = typeProblem(fields[key], type)
      if (problem) return { ok: false, problem: `${where}: "${key}" ${problem}.` }
    }
    const version = (fields.bver as number | undefined) ?? 0
    if (bver === 0 && version !== 0) bver = version
    if (version !== 0 && version !== bver) {
      return { ok: false, problem: `${where}: base version ${version} differs from ${bver}; every record must have the same one.` }
    }
    if (fields.bn) baseName = fields.bn as string
    if (fields.bs) baseSum = fields.bs as number
    const name = baseName + ((fields.n as string | undefined) ?? '')
    if (!name) return { ok: false, problem: `${where} has no name (neither "bn" before it nor "n").` }
    const values = VALUE_FIELDS.filter((key) => fields[key] !== undefined && fields[key] !== null)
    if (values.length > 1) return { ok: false, problem: `${where} has more than one value (${values.join(', ')}); keep one.` }
    const sum = (fields.s !== undefined && fields.s !== null) || baseSum !== 0
    if (!values.length && !sum) return { ok: false, problem: `${where} has no value: give one of v, vs, vb, vd (or a sum s).` }
    if (NAME_BAD_START.test(name)) return { ok: false, problem: `${where}: the name "${name}" cannot start with - : . / or _.` }
    if (!NAME_CHARS.test(name)) {
      return { ok: false, problem: `${where}: the name "${name}" may only contain letters, digits and - : . / _.` }
    }
  }
  return { ok: true, records: pack.length }
}

function typeProblem(value: unknown, type: (typeof FIELD_TYPES)[string]): string | null {
  // JSON null decodes to Go's zero value: as good as absent.
  if (value === undefined || value === null) return null
  switch (type) {
    case 'string':
      return typeof value === 'string' ? null : 'must be a string'
    case 'boolean':
      return typeof value === 'boolean' ? null : 'must be true or false'
    case 'number':
      return typeof value === 'number' ? null : 'must be a number'
    case 'uint':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? null : 'must be a whole number, 0 or more'
  }
}
