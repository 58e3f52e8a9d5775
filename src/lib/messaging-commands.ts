import type { MessagingConfig } from '../api/config'
import type { ConnectionType } from '../api/schemas/client'
import { subtopicProblem } from '../api/schemas/message'

export { subtopicProblem }

/**
 * How a device talks to Magistrala v0.30's broker (FluxMQ: MQTT, MQTT over WebSocket, HTTP and CoAP), as commands an
 * operator can paste. Pure: the panel builds them twice, once with the secret masked for the screen and once with the
 * real secret for the clipboard.
 */

/** The channel's topic, `m/<domainID>/c/<channelID>[/<subtopic>]` (pkg/messaging/topics.go). */
export function messageTopic(domainId: string, channelId: string, subtopic = ''): string {
  const sub = subtopic.replace(/^\/+|\/+$/g, '')
  return `m/${domainId}/c/${channelId}${sub ? `/${sub}` : ''}`
}

/** One argument for a POSIX shell: single-quoted unless it is plainly safe. */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value)) return value
  return `'${value.replace(/'/g, `'\\''`)}'`
}

export type CommandKind = 'mqtt-pub' | 'mqtts-pub' | 'mqtt-sub' | 'mqtts-sub' | 'http' | 'https' | 'coap' | 'ws'

export type ConnectCommand = {
  kind: CommandKind
  /** What the command does, for its heading and its copy button. */
  label: string
  text: string
}

export type CommandInput = {
  config: MessagingConfig
  domainId: string
  channelId: string
  clientId: string
  secret: string
  /** The connection types the client has on the channel: only those get commands. */
  types: readonly ConnectionType[]
  subtopic?: string
  /** The message the publish commands send. */
  payload: string
}

/** The authority part of a URL: the port is left out when it is the scheme's own. */
function authority(host: string, port: number, defaultPort: number) {
  return port === defaultPort ? host : `${host}:${port}`
}

export function httpPublishUrl(config: MessagingConfig, topic: string, tls: boolean): string {
  const base = tls ? `https://${authority(config.host, config.httpsPort, 443)}` : `http://${authority(config.host, config.httpPort, 80)}`
  return `${base}${config.httpPath}/${topic}`
}

/** MQTT over WebSocket, through nginx's `/mqtt` location on the gateway's own ports. */
export function websocketUrl(config: MessagingConfig, tls: boolean): string {
  return tls
    ? `wss://${authority(config.host, config.httpsPort, 443)}${config.wsPath}`
    : `ws://${authority(config.host, config.httpPort, 80)}${config.wsPath}`
}

/** The commands for one client on one channel, publish commands first. Empty when it has neither type. */
export function connectCommands(input: CommandInput): ConnectCommand[] {
  const { config, clientId, secret, payload } = input
  const topic = messageTopic(input.domainId, input.channelId, input.subtopic)
  // Without a subtopic, a subscriber wants everything on the channel, subtopics included.
  const subscribeTopic = input.subtopic?.replace(/^\/+|\/+$/g, '') ? topic : `${topic}/#`
  const credentials = `-u ${shellQuote(clientId)} -P ${shellQuote(secret)}`
  const mosquitto = (tool: string, tls: boolean, rest: string) =>
    `${tool} -h ${shellQuote(config.host)} -p ${tls ? config.mqttsPort : config.mqttPort}${tls ? ' --cafile ca.crt' : ''} ${credentials} ${rest}`
  const curl = (tls: boolean) =>
    `curl -sS -X POST -u ${shellQuote(`${clientId}:${secret}`)} -H 'Content-Type: application/senml+json' ${shellQuote(httpPublishUrl(config, topic, tls))} -d ${shellQuote(payload)}`
  const coapQuery = new URLSearchParams({ username: clientId, password: secret }).toString()
  const coapUrl = `coap://${authority(config.host, config.coapPort, 5683)}/${topic}?${coapQuery}`

  const commands: ConnectCommand[] = []
  if (input.types.includes('Publish')) {
    const message = `-t ${shellQuote(topic)} -m ${shellQuote(payload)}`
    commands.push(
      { kind: 'mqtt-pub', label: 'Publish over MQTT', text: mosquitto('mosquitto_pub', false, message) },
      { kind: 'mqtts-pub', label: 'Publish over MQTT with TLS', text: mosquitto('mosquitto_pub', true, message) },
      { kind: 'http', label: 'Publish over HTTP', text: curl(false) },
      { kind: 'https', label: 'Publish over HTTPS', text: curl(true) },
      { kind: 'coap', label: 'Publish over CoAP', text: `coap-client -m post ${shellQuote(coapUrl)} -e ${shellQuote(payload)}` },
    )
  }
  if (input.types.includes('Subscribe')) {
    const topicArg = `-t ${shellQuote(subscribeTopic)} -v`
    commands.push(
      { kind: 'mqtt-sub', label: 'Subscribe over MQTT', text: mosquitto('mosquitto_sub', false, topicArg) },
      { kind: 'mqtts-sub', label: 'Subscribe over MQTT with TLS', text: mosquitto('mosquitto_sub', true, topicArg) },
    )
  }
  if (commands.length) {
    commands.push({
      kind: 'ws',
      label: 'MQTT over WebSocket',
      text: `${websocketUrl(config, true)}  (or ${websocketUrl(config, false)}), subprotocol mqtt, username ${clientId}, password ${secret}, topic ${input.types.includes('Subscribe') ? subscribeTopic : topic}`,
    })
  }
  return commands
}
