export type DeviceKind = { kind: string; tags: string[]; models: [model: string, manufacturer: string][] }

export const INDUSTRIAL_DEVICES: DeviceKind[] = [
  {
    kind: 'Temperature Sensor',
    tags: ['sensor', 'temperature'],
    models: [
      ['DS18B20', 'Maxim Integrated'],
      ['SHT31', 'Sensirion'],
      ['TMP117', 'Texas Instruments'],
    ],
  },
  {
    kind: 'Humidity Sensor',
    tags: ['sensor', 'humidity'],
    models: [
      ['SHT45', 'Sensirion'],
      ['HDC2080', 'Texas Instruments'],
    ],
  },
  {
    kind: 'Pressure Transmitter',
    tags: ['sensor', 'pressure'],
    models: [
      ['PX309', 'Omega'],
      ['BMP390', 'Bosch'],
    ],
  },
  {
    kind: 'Energy Meter',
    tags: ['meter', 'energy'],
    models: [
      ['EM340', 'Carlo Gavazzi'],
      ['PM5560', 'Schneider Electric'],
    ],
  },
  {
    kind: 'Edge Gateway',
    tags: ['gateway'],
    models: [
      ['UG65', 'Milesight'],
      ['IOT2050', 'Siemens'],
    ],
  },
  {
    kind: 'GPS Tracker',
    tags: ['tracker', 'gps'],
    models: [
      ['FMC130', 'Teltonika'],
      ['GL320MG', 'Queclink'],
    ],
  },
  { kind: 'Door Contact', tags: ['sensor', 'security'], models: [['WS301', 'Milesight']] },
  {
    kind: 'Air Quality Monitor',
    tags: ['sensor', 'air-quality'],
    models: [
      ['AM319', 'Milesight'],
      ['SCD41', 'Sensirion'],
    ],
  },
  { kind: 'Valve Actuator', tags: ['actuator'], models: [['LR24A', 'Belimo']] },
  { kind: 'Vibration Sensor', tags: ['sensor', 'vibration'], models: [['ADXL355', 'Analog Devices']] },
  { kind: 'IP Camera', tags: ['camera'], models: [['P3265', 'Axis']] },
]

export const FARM_DEVICES: DeviceKind[] = [
  {
    kind: 'Soil Moisture Probe',
    tags: ['sensor', 'soil'],
    models: [
      ['TEROS 12', 'METER Group'],
      ['SM150', 'Delta-T'],
    ],
  },
  {
    kind: 'Weather Station',
    tags: ['sensor', 'weather'],
    models: [
      ['ATMOS 41', 'METER Group'],
      ['WS-2000', 'Ambient'],
    ],
  },
  { kind: 'Irrigation Controller', tags: ['actuator', 'irrigation'], models: [['ESP-LXIVM', 'Rain Bird']] },
  { kind: 'Tank Level Sensor', tags: ['sensor', 'level'], models: [['LLS-400', 'Dragino']] },
  { kind: 'Livestock Tracker', tags: ['tracker', 'gps'], models: [['LT-22222', 'Dragino']] },
]

export const INDUSTRIAL_SITES = [
  ['Warehouse 1', 'warehouse'],
  ['Warehouse 2', 'warehouse'],
  ['Cold Room', 'warehouse'],
  ['Loading Dock', 'warehouse'],
  ['Line 1', 'production'],
  ['Line 2', 'production'],
  ['Line 3', 'production'],
  ['Boiler Room', 'production'],
  ['Assembly Hall', 'production'],
  ['Server Room', 'office'],
  ['Office East', 'office'],
  ['Office West', 'office'],
  ['Rooftop', 'outdoor'],
  ['Parking Lot', 'outdoor'],
] as const

export const FARM_SITES = [
  ['Greenhouse A', 'greenhouse'],
  ['Greenhouse B', 'greenhouse'],
  ['North Field', 'field'],
  ['South Field', 'field'],
  ['Barn', 'barn'],
  ['Pump House', 'irrigation'],
] as const

export const APPLICATIONS = [
  'Dashboard Service',
  'Analytics Ingest',
  'Alerting Worker',
  'Billing Exporter',
  'Digital Twin Sync',
  'Maintenance Scheduler',
  'Data Lake Writer',
  'Mobile App Backend',
]

export const ENVIRONMENT_TAGS = ['production', 'staging', 'pilot', 'field-test']

export const FIRST_NAMES = [
  'Jane',
  'Omar',
  'Priya',
  'Lukas',
  'Amara',
  'Chen',
  'Sofia',
  'Mateo',
  'Aisha',
  'Noah',
  'Yuki',
  'Elena',
  'Kwame',
  'Ingrid',
  'Ravi',
  'Fatima',
  'Diego',
  'Hana',
  'Tomas',
  'Zara',
  'Marek',
  'Leila',
]
export const LAST_NAMES = [
  'Doe',
  'Haddad',
  'Sharma',
  'Becker',
  'Okafor',
  'Wei',
  'Rossi',
  'Garcia',
  'Khan',
  'Smith',
  'Tanaka',
  'Petrova',
  'Mensah',
  'Larsen',
  'Iyer',
  'Zahra',
  'Lopez',
  'Kim',
  'Novak',
  'Ali',
  'Kowalski',
  'Nasser',
]
