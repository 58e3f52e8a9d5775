import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { resolveConfig } from '../api/config'
import {
  connectCommands,
  httpPublishUrl,
  messageTopic,
  shellQuote,
  subtopicProblem,
  websocketUrl,
  type CommandInput,
} from './messaging-commands'

const DOMAIN = '0b8c4a1e-6f0a-4c8e-9a51-3d2f1c0e9b7a'
const CHANNEL = 'c1f0a2b3-4d5e-4f60-8a7b-9c0d1e2f3a4b'
const CLIENT = '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9'
const config = resolveConfig({}, { apiUrl: 'https://mg.example.com' }).messaging

const input = (over: Partial<CommandInput> = {}): CommandInput => ({
  config,
  domainId: DOMAIN,
  channelId: CHANNEL,
  clientId: CLIENT,
  secret: 's3cret',
  types: ['Publish', 'Subscribe'],
  payload: '[{"n":"temp","v":21.5}]',
  ...over,
})

const byKind = (commands: ReturnType<typeof connectCommands>) => Object.fromEntries(commands.map((c) => [c.kind, c.text]))

describe('messageTopic', () => {
  it('is m/<domain>/c/<channel>, with the subtopic after it and its stray slashes dropped', () => {
    expect(messageTopic('d', 'c')).toBe('m/d/c/c')
    expect(messageTopic('d', 'c', '/room/1/')).toBe('m/d/c/c/room/1')
  })
})

describe('subtopicProblem', () => {
  it("refuses what the broker's topic parser refuses for a publish", () => {
    expect(subtopicProblem('')).toBeNull()
    expect(subtopicProblem('room.1/temp_2')).toBeNull()
    expect(subtopicProblem('room 1')).toMatch(/spaces/)
    expect(subtopicProblem('room/#')).toMatch(/\+ # \* or >/)
    expect(subtopicProblem('a>b')).toMatch(/\+ # \* or >/)
    expect(subtopicProblem('a//b')).toMatch(/empty segment/)
  })
})

describe('connectCommands', () => {
  it('gives a publisher mosquitto_pub (plain and TLS), curl through the /http location and CoAP, with the client ID and secret as credentials', () => {
    const commands = byKind(connectCommands(input({ types: ['Publish'], subtopic: 'room1' })))
    const topic = `m/${DOMAIN}/c/${CHANNEL}/room1`
    expect(commands['mqtt-pub']).toBe(
      `mosquitto_pub -h mg.example.com -p 1883 -u ${CLIENT} -P s3cret -t ${topic} -m '[{"n":"temp","v":21.5}]'`,
    )
    expect(commands['mqtts-pub']).toBe(
      `mosquitto_pub -h mg.example.com -p 8883 --cafile ca.crt -u ${CLIENT} -P s3cret -t ${topic} -m '[{"n":"temp","v":21.5}]'`,
    )
    expect(commands.http).toBe(
      `curl -sS -X POST -u ${CLIENT}:s3cret -H 'Content-Type: application/senml+json' http://mg.example.com/http/${topic} -d '[{"n":"temp","v":21.5}]'`,
    )
    expect(commands.https).toContain(` https://mg.example.com/http/${topic} `)
    expect(commands.coap).toBe(
      `coap-client -m post 'coap://mg.example.com/${topic}?username=${CLIENT}&password=s3cret' -e '[{"n":"temp","v":21.5}]'`,
    )
    expect(commands['mqtt-sub']).toBeUndefined()
    expect(commands.ws).toContain(`wss://mg.example.com/mqtt`)
  })

  it('gives a subscriber mosquitto_sub on the whole channel (or the subtopic), and no publish command', () => {
    const commands = byKind(connectCommands(input({ types: ['Subscribe'] })))
    expect(Object.keys(commands)).toEqual(['mqtt-sub', 'mqtts-sub', 'ws'])
    expect(commands['mqtt-sub']).toBe(`mosquitto_sub -h mg.example.com -p 1883 -u ${CLIENT} -P s3cret -t 'm/${DOMAIN}/c/${CHANNEL}/#' -v`)
    expect(byKind(connectCommands(input({ types: ['Subscribe'], subtopic: 'a/b' })))['mqtt-sub']).toContain(
      `-t m/${DOMAIN}/c/${CHANNEL}/a/b -v`,
    )
  })

  it('gives nothing to a client with no connection type on the channel', () => {
    expect(connectCommands(input({ types: [] }))).toEqual([])
  })

  it('uses the configured host and ports, leaving out only a scheme default port', () => {
    const custom = { ...config, host: 'broker.local', mqttPort: 11883, httpPort: 8080, httpsPort: 8443, coapPort: 15683, httpPath: '' }
    const commands = byKind(connectCommands(input({ config: custom })))
    expect(commands['mqtt-pub']).toContain('-h broker.local -p 11883 ')
    expect(commands.http).toContain(` http://broker.local:8080/m/${DOMAIN}/`)
    expect(commands.coap).toContain(`coap://broker.local:15683/m/`)
    expect(httpPublishUrl(custom, 'm/d/c/c', true)).toBe('https://broker.local:8443/m/d/c/c')
    expect(websocketUrl(custom, false)).toBe('ws://broker.local:8080/mqtt')
  })

  it('quotes a secret so that the shell passes it through unchanged', () => {
    const secret = `it's $HOME; \`id\` "x" & y`
    const commands = byKind(connectCommands(input({ secret })))
    expect(commands['mqtt-pub']).toContain(`-P 'it'\\''s $HOME; \`id\` "x" & y'`)
    // The real shell agrees: what it gives the program is the secret, byte for byte.
    expect(execFileSync('sh', ['-c', `printf %s ${shellQuote(secret)}`]).toString()).toBe(secret)
    expect(commands.coap).toContain(`password=it%27s+%24HOME%3B+%60id%60+%22x%22+%26+y`)
  })
})
