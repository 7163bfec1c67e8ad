import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`awaiting_review\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`media_awaiting_review_idx\` ON \`media\` (\`awaiting_review\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`media_awaiting_review_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`awaiting_review\`;`)
}
