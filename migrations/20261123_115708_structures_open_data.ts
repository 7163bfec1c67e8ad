import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`structures_specific_support\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`structures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`structures_specific_support_order_idx\` ON \`structures_specific_support\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`structures_specific_support_parent_idx\` ON \`structures_specific_support\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`structures_fees\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`structures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`structures_fees_order_idx\` ON \`structures_fees\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`structures_fees_parent_idx\` ON \`structures_fees\` (\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`structures\` ADD \`address_complement\` text;`)
  await db.run(sql`ALTER TABLE \`structures\` ADD \`location_precision\` text;`)
  await db.run(sql`ALTER TABLE \`structures\` ADD \`pivot\` text;`)
  await db.run(sql`ALTER TABLE \`structures\` ADD \`source\` text;`)
  await db.run(sql`ALTER TABLE \`structures\` ADD \`always_listed\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`structures_always_listed_idx\` ON \`structures\` (\`always_listed\`);`)
  // Data written with the earlier vocabularies moves to the national schema's values (lib/structures/options.ts).
  await db.run(
    sql`INSERT INTO \`structures_fees\` (\`order\`, \`parent_id\`, \`value\`) SELECT 1, \`id\`, CASE \`fees\` WHEN 'adhesion' THEN 'payant' ELSE \`fees\` END FROM \`structures\` WHERE \`fees\` IS NOT NULL;`,
  )
  await db.run(
    sql`UPDATE \`structures_services\` SET \`value\` = 'outils-quotidien' WHERE \`value\` IN ('prise-en-main', 'internet', 'email', 'smartphone');`,
  )
  await db.run(
    sql`DELETE FROM \`structures_services\` WHERE \`id\` NOT IN (SELECT MIN(\`id\`) FROM \`structures_services\` GROUP BY \`parent_id\`, \`value\`);`,
  )
  await db.run(
    sql`INSERT INTO \`structures_specific_support\` (\`order\`, \`parent_id\`, \`value\`) SELECT \`order\`, \`parent_id\`, CASE \`value\` WHEN 'personnes-migrantes' THEN 'langues-autres' ELSE 'handicap-moteur' END FROM \`structures_audiences\` WHERE \`value\` IN ('personnes-migrantes', 'handicap');`,
  )
  await db.run(
    sql`DELETE FROM \`structures_audiences\` WHERE \`value\` NOT IN ('jeunes', 'etudiants', 'familles', 'seniors', 'femmes');`,
  )
  await db.run(sql`ALTER TABLE \`structures\` DROP COLUMN \`fees\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`structures_specific_support\`;`)
  await db.run(sql`DROP TABLE \`structures_fees\`;`)
  await db.run(sql`DROP INDEX \`structures_always_listed_idx\`;`)
  await db.run(sql`ALTER TABLE \`structures\` ADD \`fees\` text;`)
  await db.run(sql`ALTER TABLE \`structures\` DROP COLUMN \`address_complement\`;`)
  await db.run(sql`ALTER TABLE \`structures\` DROP COLUMN \`location_precision\`;`)
  await db.run(sql`ALTER TABLE \`structures\` DROP COLUMN \`pivot\`;`)
  await db.run(sql`ALTER TABLE \`structures\` DROP COLUMN \`source\`;`)
  await db.run(sql`ALTER TABLE \`structures\` DROP COLUMN \`always_listed\`;`)
}
