import { describe, expect, it } from 'vitest'
import { unsavedInput } from './unsaved-input'

describe('unsavedInput', () => {
  it('is held while any holder has not released it', () => {
    expect(unsavedInput.any()).toBe(false)
    const releaseA = unsavedInput.hold()
    const releaseB = unsavedInput.hold()
    releaseA()
    expect(unsavedInput.any()).toBe(true)
    releaseB()
    releaseB()
    expect(unsavedInput.any()).toBe(false)
  })
})
