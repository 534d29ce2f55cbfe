import {
  consentTransition,
  INITIAL_CONSENT,
  isSheetOpen,
  type ConsentEvent,
  type ConsentState,
  type ConsentStep,
} from './privacy-consent'

const need = (id: string, tapped = true, sheetAvailable = true): ConsentEvent => ({ type: 'need', id, tapped, sheetAvailable })

/** Runs events in order, collecting every effect. */
function run(events: ConsentEvent[], from: ConsentState = INITIAL_CONSENT): ConsentStep {
  let state = from
  const effects: ConsentStep['effects'] = []
  for (const event of events) {
    const step = consentTransition(state, event)
    state = step.state
    effects.push(...step.effects)
  }
  return { state, effects }
}

describe('a new shopper', () => {
  it('is asked when a privacy-bound call first needs consent; the sheet opens and WeChat hears of it', () => {
    const step = run([need('a')])
    expect(step.state).toEqual({ status: 'unknown', pending: ['a'] })
    expect(isSheetOpen(step.state)).toBe(true)
    expect(step.effects).toEqual([{ type: 'expose', ids: ['a'] }])
  })

  it('agreeing lets the waiting call go on and is remembered', () => {
    const step = run([need('a'), { type: 'agree' }])
    expect(step.state).toEqual({ status: 'agreed', pending: [] })
    expect(step.effects).toContainEqual({ type: 'settle', ids: ['a'], outcome: 'agree' })
    expect(isSheetOpen(step.state)).toBe(false)
  })

  it('declining fails the waiting call and closes the sheet', () => {
    const step = run([need('a'), { type: 'disagree' }])
    expect(step.state).toEqual({ status: 'declined', pending: [] })
    expect(step.effects).toContainEqual({ type: 'settle', ids: ['a'], outcome: 'disagree' })
  })

  it('sees one sheet for several calls waiting at once, and one answer settles them all', () => {
    const opened = run([need('a'), need('b', false)])
    expect(opened.state.pending).toEqual(['a', 'b'])
    const answered = run([{ type: 'agree' }], opened.state)
    expect(answered.effects).toEqual([{ type: 'settle', ids: ['a', 'b'], outcome: 'agree' }])
  })

  it('ignores the same call announced twice', () => {
    const step = run([need('a'), need('a')])
    expect(step.state.pending).toEqual(['a'])
    expect(step.effects).toHaveLength(1)
  })

  it('fails a call quietly when no page can show the sheet, without recording an answer', () => {
    const step = run([need('a', true, false)])
    expect(step.state).toEqual(INITIAL_CONSENT)
    expect(step.effects).toEqual([{ type: 'settle', ids: ['a'], outcome: 'disagree' }])
  })
})

describe('a shopper who agreed', () => {
  const agreed: ConsentState = { status: 'agreed', pending: [] }

  it('is never asked again', () => {
    const step = run([need('a'), need('b', false)], agreed)
    expect(step.state).toEqual(agreed)
    expect(step.effects).toEqual([
      { type: 'settle', ids: ['a'], outcome: 'agree' },
      { type: 'settle', ids: ['b'], outcome: 'agree' },
    ])
  })

  it('is asked again when the platform says consent is needed anew', () => {
    const step = run([{ type: 'platform', needsAuthorization: true }, need('a', false)], agreed)
    expect(step.state).toEqual({ status: 'unknown', pending: ['a'] })
  })
})

describe('a shopper who declined', () => {
  const declined: ConsentState = { status: 'declined', pending: [] }

  it('keeps browsing: calls that were not a tap fail without showing the sheet', () => {
    const step = run([need('a', false)], declined)
    expect(step.state).toEqual(declined)
    expect(isSheetOpen(step.state)).toBe(false)
    expect(step.effects).toEqual([{ type: 'settle', ids: ['a'], outcome: 'disagree' }])
  })

  it('is asked again when tapping a privacy-bound action, and may then agree', () => {
    const asked = run([need('a', true)], declined)
    expect(isSheetOpen(asked.state)).toBe(true)
    const agreed = run([{ type: 'agree' }], asked.state)
    expect(agreed.state.status).toBe('agreed')
    expect(agreed.effects).toEqual([{ type: 'settle', ids: ['a'], outcome: 'agree' }])
  })

  it('stays declined when the platform still needs consent', () => {
    expect(run([{ type: 'platform', needsAuthorization: true }], declined).state).toEqual(declined)
  })

  it('counts as agreed when the platform says consent was given (e.g. in another session)', () => {
    expect(run([{ type: 'platform', needsAuthorization: false }], declined).state.status).toBe('agreed')
  })
})

describe('answers without a waiting call', () => {
  it('records the answer and settles nothing', () => {
    expect(run([{ type: 'agree' }])).toEqual({ state: { status: 'agreed', pending: [] }, effects: [] })
    expect(run([{ type: 'disagree' }])).toEqual({ state: { status: 'declined', pending: [] }, effects: [] })
  })
})
