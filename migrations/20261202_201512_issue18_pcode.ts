import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`workshop_participants\` ADD \`personal_code_hash\` text;`)
  await db.run(sql`ALTER TABLE \`workshop_participants\` ADD \`personal_code_sealed\` text;`)
  await db.run(sql`CREATE INDEX \`workshop_participants_personal_code_hash_idx\` ON \`workshop_participants\` (\`personal_code_hash\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`workshop_participants_personal_code_hash_idx\`;`)
  await db.run(sql`ALTER TABLE \`workshop_participants\` DROP COLUMN \`personal_code_hash\`;`)
  await db.run(sql`ALTER TABLE \`workshop_participants\` DROP COLUMN \`personal_code_sealed\`;`)
}
