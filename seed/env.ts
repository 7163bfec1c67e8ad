// Imported first by scripts: loads .env like Next does, before payload.config.ts reads process.env.
import nextEnv from '@next/env'

nextEnv.loadEnvConfig(process.cwd())
