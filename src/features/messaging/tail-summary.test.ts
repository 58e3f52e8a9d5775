import { describe, expect, it } from 'vitest'
import { senmlLines } from './tail-summary'

describe('senmlLines', () => {
  it('reads each record with its base name and unit resolved', () => {
    expect(senmlLines('[{"bn":"dev:","bu":"Cel","n":"temp","v":21.5},{"n":"door","vb":false},{"n":"note","vs":"ok","u":"txt"}]')).toEqual([
      'dev:temp = 21.5 Cel',
      'dev:door = false Cel',
      'dev:note = ok txt',
    ])
  })

  it('leaves anything that is not valid SenML to be shown as text', () => {
    expect(senmlLines('hello')).toBeNull()
    expect(senmlLines('[{"n":"a","v":1,"vs":"x"}]')).toBeNull()
  })
})
