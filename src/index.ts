import { run } from './action/start.js'

await run()
