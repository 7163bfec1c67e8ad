import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`themes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`order\` numeric DEFAULT 0 NOT NULL,
  	\`digcomp_area\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`themes_slug_idx\` ON \`themes\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`themes_updated_at_idx\` ON \`themes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`themes_created_at_idx\` ON \`themes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`themes_locales\` (
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`themes_locales_locale_parent_id_unique\` ON \`themes_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`modules_competences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`modules_competences_order_idx\` ON \`modules_competences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`modules_competences_parent_idx\` ON \`modules_competences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`modules_objectives\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`modules_objectives_order_idx\` ON \`modules_objectives\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`modules_objectives_parent_id_idx\` ON \`modules_objectives\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`modules_objectives_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`modules_objectives\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`modules_objectives_locales_locale_parent_id_unique\` ON \`modules_objectives_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`modules\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`level\` text,
  	\`duration_minutes\` numeric,
  	\`trame_id\` integer,
  	\`formation_id\` integer,
  	\`fiche_id\` integer,
  	\`author_kind\` text DEFAULT 'wetechcare',
  	\`author_structure_name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`trame_id\`) REFERENCES \`trames\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`formation_id\`) REFERENCES \`formations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`fiche_id\`) REFERENCES \`fiches\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`modules_slug_idx\` ON \`modules\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`modules_level_idx\` ON \`modules\` (\`level\`);`)
  await db.run(sql`CREATE INDEX \`modules_trame_idx\` ON \`modules\` (\`trame_id\`);`)
  await db.run(sql`CREATE INDEX \`modules_formation_idx\` ON \`modules\` (\`formation_id\`);`)
  await db.run(sql`CREATE INDEX \`modules_fiche_idx\` ON \`modules\` (\`fiche_id\`);`)
  await db.run(sql`CREATE INDEX \`modules_updated_at_idx\` ON \`modules\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`modules_created_at_idx\` ON \`modules\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`modules__status_idx\` ON \`modules\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`modules_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`modules_locales_locale_parent_id_unique\` ON \`modules_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`modules_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	\`formations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`modules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`formations_id\`) REFERENCES \`formations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`modules_rels_order_idx\` ON \`modules_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`modules_rels_parent_idx\` ON \`modules_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`modules_rels_path_idx\` ON \`modules_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`modules_rels_themes_id_idx\` ON \`modules_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`modules_rels_formations_id_idx\` ON \`modules_rels\` (\`formations_id\`);`)
  await db.run(sql`CREATE TABLE \`_modules_v_version_competences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_modules_v_version_competences_order_idx\` ON \`_modules_v_version_competences\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_modules_v_version_competences_parent_idx\` ON \`_modules_v_version_competences\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_modules_v_version_objectives\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_modules_v_version_objectives_order_idx\` ON \`_modules_v_version_objectives\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_modules_v_version_objectives_parent_id_idx\` ON \`_modules_v_version_objectives\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_modules_v_version_objectives_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_modules_v_version_objectives\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_modules_v_version_objectives_locales_locale_parent_id_uniqu\` ON \`_modules_v_version_objectives_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_modules_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_level\` text,
  	\`version_duration_minutes\` numeric,
  	\`version_trame_id\` integer,
  	\`version_formation_id\` integer,
  	\`version_fiche_id\` integer,
  	\`version_author_kind\` text DEFAULT 'wetechcare',
  	\`version_author_structure_name\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`modules\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_trame_id\`) REFERENCES \`trames\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_formation_id\`) REFERENCES \`formations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_fiche_id\`) REFERENCES \`fiches\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_modules_v_parent_idx\` ON \`_modules_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_version_version_slug_idx\` ON \`_modules_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_version_version_level_idx\` ON \`_modules_v\` (\`version_level\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_version_version_trame_idx\` ON \`_modules_v\` (\`version_trame_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_modules_v_version_version_formation_idx\` ON \`_modules_v\` (\`version_formation_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_modules_v_version_version_fiche_idx\` ON \`_modules_v\` (\`version_fiche_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_modules_v_version_version_updated_at_idx\` ON \`_modules_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_modules_v_version_version_created_at_idx\` ON \`_modules_v\` (\`version_created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_modules_v_version_version__status_idx\` ON \`_modules_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_created_at_idx\` ON \`_modules_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_updated_at_idx\` ON \`_modules_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_snapshot_idx\` ON \`_modules_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_published_locale_idx\` ON \`_modules_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_latest_idx\` ON \`_modules_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_modules_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_modules_v_locales_locale_parent_id_unique\` ON \`_modules_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_modules_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	\`formations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`formations_id\`) REFERENCES \`formations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_modules_v_rels_order_idx\` ON \`_modules_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_rels_parent_idx\` ON \`_modules_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_rels_path_idx\` ON \`_modules_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_rels_themes_id_idx\` ON \`_modules_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_rels_formations_id_idx\` ON \`_modules_v_rels\` (\`formations_id\`);`)
  await db.run(sql`CREATE TABLE \`trames_material\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`trames\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`trames_material_order_idx\` ON \`trames_material\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`trames_material_parent_id_idx\` ON \`trames_material\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`trames_material_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`trames_material\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`trames_material_locales_locale_parent_id_unique\` ON \`trames_material_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`trames_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`minutes\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`trames\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`trames_steps_order_idx\` ON \`trames_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`trames_steps_parent_id_idx\` ON \`trames_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`trames_steps_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`trames_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`trames_steps_locales_locale_parent_id_unique\` ON \`trames_steps_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`trames_tips\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`trames\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`trames_tips_order_idx\` ON \`trames_tips\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`trames_tips_parent_id_idx\` ON \`trames_tips\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`trames_tips_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`trames_tips\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`trames_tips_locales_locale_parent_id_unique\` ON \`trames_tips_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`trames\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`trames_slug_idx\` ON \`trames\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`trames_updated_at_idx\` ON \`trames\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`trames_created_at_idx\` ON \`trames\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`trames__status_idx\` ON \`trames\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`trames_locales\` (
  	\`title\` text,
  	\`audience\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`trames\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`trames_locales_locale_parent_id_unique\` ON \`trames_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_trames_v_version_material\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_trames_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_trames_v_version_material_order_idx\` ON \`_trames_v_version_material\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_trames_v_version_material_parent_id_idx\` ON \`_trames_v_version_material\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_trames_v_version_material_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_trames_v_version_material\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_trames_v_version_material_locales_locale_parent_id_unique\` ON \`_trames_v_version_material_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_trames_v_version_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`minutes\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_trames_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_trames_v_version_steps_order_idx\` ON \`_trames_v_version_steps\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`_trames_v_version_steps_parent_id_idx\` ON \`_trames_v_version_steps\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_trames_v_version_steps_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_trames_v_version_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_trames_v_version_steps_locales_locale_parent_id_unique\` ON \`_trames_v_version_steps_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_trames_v_version_tips\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_trames_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_trames_v_version_tips_order_idx\` ON \`_trames_v_version_tips\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`_trames_v_version_tips_parent_id_idx\` ON \`_trames_v_version_tips\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_trames_v_version_tips_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_trames_v_version_tips\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_trames_v_version_tips_locales_locale_parent_id_unique\` ON \`_trames_v_version_tips_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_trames_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`trames\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_trames_v_parent_idx\` ON \`_trames_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_trames_v_version_version_slug_idx\` ON \`_trames_v\` (\`version_slug\`);`)
  await db.run(
    sql`CREATE INDEX \`_trames_v_version_version_updated_at_idx\` ON \`_trames_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_trames_v_version_version_created_at_idx\` ON \`_trames_v\` (\`version_created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_trames_v_version_version__status_idx\` ON \`_trames_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_trames_v_created_at_idx\` ON \`_trames_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_trames_v_updated_at_idx\` ON \`_trames_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_trames_v_snapshot_idx\` ON \`_trames_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_trames_v_published_locale_idx\` ON \`_trames_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_trames_v_latest_idx\` ON \`_trames_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_trames_v_locales\` (
  	\`version_title\` text,
  	\`version_audience\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_trames_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_trames_v_locales_locale_parent_id_unique\` ON \`_trames_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`fiches_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fiches\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fiches_sections_order_idx\` ON \`fiches_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fiches_sections_parent_id_idx\` ON \`fiches_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fiches_sections_locales\` (
  	\`heading\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fiches_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`fiches_sections_locales_locale_parent_id_unique\` ON \`fiches_sections_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`fiches\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`illustration_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`illustration_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`fiches_slug_idx\` ON \`fiches\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`fiches_illustration_idx\` ON \`fiches\` (\`illustration_id\`);`)
  await db.run(sql`CREATE INDEX \`fiches_updated_at_idx\` ON \`fiches\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`fiches_created_at_idx\` ON \`fiches\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`fiches__status_idx\` ON \`fiches\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`fiches_locales\` (
  	\`title\` text,
  	\`intro\` text,
  	\`remember\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fiches\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`fiches_locales_locale_parent_id_unique\` ON \`fiches_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_fiches_v_version_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fiches_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_fiches_v_version_sections_order_idx\` ON \`_fiches_v_version_sections\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_fiches_v_version_sections_parent_id_idx\` ON \`_fiches_v_version_sections\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_fiches_v_version_sections_locales\` (
  	\`heading\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fiches_v_version_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_fiches_v_version_sections_locales_locale_parent_id_unique\` ON \`_fiches_v_version_sections_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_fiches_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_illustration_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`fiches\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_illustration_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_fiches_v_parent_idx\` ON \`_fiches_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_version_version_slug_idx\` ON \`_fiches_v\` (\`version_slug\`);`)
  await db.run(
    sql`CREATE INDEX \`_fiches_v_version_version_illustration_idx\` ON \`_fiches_v\` (\`version_illustration_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_fiches_v_version_version_updated_at_idx\` ON \`_fiches_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_fiches_v_version_version_created_at_idx\` ON \`_fiches_v\` (\`version_created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_fiches_v_version_version__status_idx\` ON \`_fiches_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_created_at_idx\` ON \`_fiches_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_updated_at_idx\` ON \`_fiches_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_snapshot_idx\` ON \`_fiches_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_published_locale_idx\` ON \`_fiches_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_fiches_v_latest_idx\` ON \`_fiches_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_fiches_v_locales\` (
  	\`version_title\` text,
  	\`version_intro\` text,
  	\`version_remember\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fiches_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_fiches_v_locales_locale_parent_id_unique\` ON \`_fiches_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`formations_blocks_content\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`image_id\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`formations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`formations_blocks_content_order_idx\` ON \`formations_blocks_content\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`formations_blocks_content_parent_id_idx\` ON \`formations_blocks_content\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`formations_blocks_content_path_idx\` ON \`formations_blocks_content\` (\`_path\`);`)
  await db.run(
    sql`CREATE INDEX \`formations_blocks_content_image_idx\` ON \`formations_blocks_content\` (\`image_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`formations_blocks_content_locales\` (
  	\`title\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`formations_blocks_content\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`formations_blocks_content_locales_locale_parent_id_unique\` ON \`formations_blocks_content_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`formations_blocks_choice_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`correct\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`formations_blocks_choice\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`formations_blocks_choice_options_order_idx\` ON \`formations_blocks_choice_options\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`formations_blocks_choice_options_parent_id_idx\` ON \`formations_blocks_choice_options\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`formations_blocks_choice_options_locales\` (
  	\`label\` text,
  	\`feedback\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`formations_blocks_choice_options\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`formations_blocks_choice_options_locales_locale_parent_id_un\` ON \`formations_blocks_choice_options_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`formations_blocks_choice\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`multiple\` integer DEFAULT false,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`formations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`formations_blocks_choice_order_idx\` ON \`formations_blocks_choice\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`formations_blocks_choice_parent_id_idx\` ON \`formations_blocks_choice\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`formations_blocks_choice_path_idx\` ON \`formations_blocks_choice\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`formations_blocks_choice_locales\` (
  	\`question\` text,
  	\`explanation\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`formations_blocks_choice\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`formations_blocks_choice_locales_locale_parent_id_unique\` ON \`formations_blocks_choice_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`formations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`kind\` text DEFAULT 'training',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`formations_slug_idx\` ON \`formations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`formations_updated_at_idx\` ON \`formations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`formations_created_at_idx\` ON \`formations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`formations__status_idx\` ON \`formations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`formations_locales\` (
  	\`title\` text,
  	\`intro\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`formations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`formations_locales_locale_parent_id_unique\` ON \`formations_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_formations_v_blocks_content\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`image_id\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_formations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_formations_v_blocks_content_order_idx\` ON \`_formations_v_blocks_content\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_formations_v_blocks_content_parent_id_idx\` ON \`_formations_v_blocks_content\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_formations_v_blocks_content_path_idx\` ON \`_formations_v_blocks_content\` (\`_path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_formations_v_blocks_content_image_idx\` ON \`_formations_v_blocks_content\` (\`image_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_formations_v_blocks_content_locales\` (
  	\`title\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_formations_v_blocks_content\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_formations_v_blocks_content_locales_locale_parent_id_unique\` ON \`_formations_v_blocks_content_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_formations_v_blocks_choice_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`correct\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_formations_v_blocks_choice\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_formations_v_blocks_choice_options_order_idx\` ON \`_formations_v_blocks_choice_options\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_formations_v_blocks_choice_options_parent_id_idx\` ON \`_formations_v_blocks_choice_options\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_formations_v_blocks_choice_options_locales\` (
  	\`label\` text,
  	\`feedback\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_formations_v_blocks_choice_options\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_formations_v_blocks_choice_options_locales_locale_parent_id\` ON \`_formations_v_blocks_choice_options_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_formations_v_blocks_choice\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`multiple\` integer DEFAULT false,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_formations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_formations_v_blocks_choice_order_idx\` ON \`_formations_v_blocks_choice\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_formations_v_blocks_choice_parent_id_idx\` ON \`_formations_v_blocks_choice\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_formations_v_blocks_choice_path_idx\` ON \`_formations_v_blocks_choice\` (\`_path\`);`,
  )
  await db.run(sql`CREATE TABLE \`_formations_v_blocks_choice_locales\` (
  	\`question\` text,
  	\`explanation\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_formations_v_blocks_choice\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_formations_v_blocks_choice_locales_locale_parent_id_unique\` ON \`_formations_v_blocks_choice_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_formations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_kind\` text DEFAULT 'training',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`formations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_formations_v_parent_idx\` ON \`_formations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_formations_v_version_version_slug_idx\` ON \`_formations_v\` (\`version_slug\`);`)
  await db.run(
    sql`CREATE INDEX \`_formations_v_version_version_updated_at_idx\` ON \`_formations_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_formations_v_version_version_created_at_idx\` ON \`_formations_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_formations_v_version_version__status_idx\` ON \`_formations_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_formations_v_created_at_idx\` ON \`_formations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_formations_v_updated_at_idx\` ON \`_formations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_formations_v_snapshot_idx\` ON \`_formations_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_formations_v_published_locale_idx\` ON \`_formations_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_formations_v_latest_idx\` ON \`_formations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_formations_v_locales\` (
  	\`version_title\` text,
  	\`version_intro\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_formations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_formations_v_locales_locale_parent_id_unique\` ON \`_formations_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`parcours\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`prerequisite_level\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`parcours_slug_idx\` ON \`parcours\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`parcours_prerequisite_level_idx\` ON \`parcours\` (\`prerequisite_level\`);`)
  await db.run(sql`CREATE INDEX \`parcours_updated_at_idx\` ON \`parcours\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`parcours_created_at_idx\` ON \`parcours\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`parcours__status_idx\` ON \`parcours\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`parcours_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`audience\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`parcours\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`parcours_locales_locale_parent_id_unique\` ON \`parcours_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`parcours_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`modules_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`parcours\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`modules_id\`) REFERENCES \`modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`parcours_rels_order_idx\` ON \`parcours_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`parcours_rels_parent_idx\` ON \`parcours_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`parcours_rels_path_idx\` ON \`parcours_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`parcours_rels_modules_id_idx\` ON \`parcours_rels\` (\`modules_id\`);`)
  await db.run(sql`CREATE TABLE \`_parcours_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_prerequisite_level\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`parcours\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_parcours_v_parent_idx\` ON \`_parcours_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_parcours_v_version_version_slug_idx\` ON \`_parcours_v\` (\`version_slug\`);`)
  await db.run(
    sql`CREATE INDEX \`_parcours_v_version_version_prerequisite_level_idx\` ON \`_parcours_v\` (\`version_prerequisite_level\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_parcours_v_version_version_updated_at_idx\` ON \`_parcours_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_parcours_v_version_version_created_at_idx\` ON \`_parcours_v\` (\`version_created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_parcours_v_version_version__status_idx\` ON \`_parcours_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_parcours_v_created_at_idx\` ON \`_parcours_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_parcours_v_updated_at_idx\` ON \`_parcours_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_parcours_v_snapshot_idx\` ON \`_parcours_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_parcours_v_published_locale_idx\` ON \`_parcours_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_parcours_v_latest_idx\` ON \`_parcours_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_parcours_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_audience\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_parcours_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_parcours_v_locales_locale_parent_id_unique\` ON \`_parcours_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_parcours_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`modules_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_parcours_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`modules_id\`) REFERENCES \`modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_parcours_v_rels_order_idx\` ON \`_parcours_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_parcours_v_rels_parent_idx\` ON \`_parcours_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_parcours_v_rels_path_idx\` ON \`_parcours_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_parcours_v_rels_modules_id_idx\` ON \`_parcours_v_rels\` (\`modules_id\`);`)
  await db.run(sql`CREATE TABLE \`community_resources\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`author_person\` text,
  	\`author_organisation\` text,
  	\`url\` text,
  	\`file_id\` integer,
  	\`theme_id\` integer NOT NULL,
  	\`level\` text NOT NULL,
  	\`licence\` text NOT NULL,
  	\`resource_language\` text DEFAULT 'fr' NOT NULL,
  	\`moderation_status\` text DEFAULT 'pending' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`theme_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`community_resources_slug_idx\` ON \`community_resources\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`community_resources_file_idx\` ON \`community_resources\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`community_resources_theme_idx\` ON \`community_resources\` (\`theme_id\`);`)
  await db.run(sql`CREATE INDEX \`community_resources_level_idx\` ON \`community_resources\` (\`level\`);`)
  await db.run(
    sql`CREATE INDEX \`community_resources_moderation_status_idx\` ON \`community_resources\` (\`moderation_status\`);`,
  )
  await db.run(sql`CREATE INDEX \`community_resources_updated_at_idx\` ON \`community_resources\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`community_resources_created_at_idx\` ON \`community_resources\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`community_resources_locales\` (
  	\`title\` text NOT NULL,
  	\`description\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`community_resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`community_resources_locales_locale_parent_id_unique\` ON \`community_resources_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text DEFAULT 'editor' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	\`modules_id\` integer,
  	\`trames_id\` integer,
  	\`fiches_id\` integer,
  	\`formations_id\` integer,
  	\`parcours_id\` integer,
  	\`community_resources_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`modules_id\`) REFERENCES \`modules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`trames_id\`) REFERENCES \`trames\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fiches_id\`) REFERENCES \`fiches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`formations_id\`) REFERENCES \`formations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`parcours_id\`) REFERENCES \`parcours\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`community_resources_id\`) REFERENCES \`community_resources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_modules_id_idx\` ON \`payload_locked_documents_rels\` (\`modules_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_trames_id_idx\` ON \`payload_locked_documents_rels\` (\`trames_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_fiches_id_idx\` ON \`payload_locked_documents_rels\` (\`fiches_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_formations_id_idx\` ON \`payload_locked_documents_rels\` (\`formations_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_parcours_id_idx\` ON \`payload_locked_documents_rels\` (\`parcours_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_community_resources_id_idx\` ON \`payload_locked_documents_rels\` (\`community_resources_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`themes\`;`)
  await db.run(sql`DROP TABLE \`themes_locales\`;`)
  await db.run(sql`DROP TABLE \`modules_competences\`;`)
  await db.run(sql`DROP TABLE \`modules_objectives\`;`)
  await db.run(sql`DROP TABLE \`modules_objectives_locales\`;`)
  await db.run(sql`DROP TABLE \`modules\`;`)
  await db.run(sql`DROP TABLE \`modules_locales\`;`)
  await db.run(sql`DROP TABLE \`modules_rels\`;`)
  await db.run(sql`DROP TABLE \`_modules_v_version_competences\`;`)
  await db.run(sql`DROP TABLE \`_modules_v_version_objectives\`;`)
  await db.run(sql`DROP TABLE \`_modules_v_version_objectives_locales\`;`)
  await db.run(sql`DROP TABLE \`_modules_v\`;`)
  await db.run(sql`DROP TABLE \`_modules_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_modules_v_rels\`;`)
  await db.run(sql`DROP TABLE \`trames_material\`;`)
  await db.run(sql`DROP TABLE \`trames_material_locales\`;`)
  await db.run(sql`DROP TABLE \`trames_steps\`;`)
  await db.run(sql`DROP TABLE \`trames_steps_locales\`;`)
  await db.run(sql`DROP TABLE \`trames_tips\`;`)
  await db.run(sql`DROP TABLE \`trames_tips_locales\`;`)
  await db.run(sql`DROP TABLE \`trames\`;`)
  await db.run(sql`DROP TABLE \`trames_locales\`;`)
  await db.run(sql`DROP TABLE \`_trames_v_version_material\`;`)
  await db.run(sql`DROP TABLE \`_trames_v_version_material_locales\`;`)
  await db.run(sql`DROP TABLE \`_trames_v_version_steps\`;`)
  await db.run(sql`DROP TABLE \`_trames_v_version_steps_locales\`;`)
  await db.run(sql`DROP TABLE \`_trames_v_version_tips\`;`)
  await db.run(sql`DROP TABLE \`_trames_v_version_tips_locales\`;`)
  await db.run(sql`DROP TABLE \`_trames_v\`;`)
  await db.run(sql`DROP TABLE \`_trames_v_locales\`;`)
  await db.run(sql`DROP TABLE \`fiches_sections\`;`)
  await db.run(sql`DROP TABLE \`fiches_sections_locales\`;`)
  await db.run(sql`DROP TABLE \`fiches\`;`)
  await db.run(sql`DROP TABLE \`fiches_locales\`;`)
  await db.run(sql`DROP TABLE \`_fiches_v_version_sections\`;`)
  await db.run(sql`DROP TABLE \`_fiches_v_version_sections_locales\`;`)
  await db.run(sql`DROP TABLE \`_fiches_v\`;`)
  await db.run(sql`DROP TABLE \`_fiches_v_locales\`;`)
  await db.run(sql`DROP TABLE \`formations_blocks_content\`;`)
  await db.run(sql`DROP TABLE \`formations_blocks_content_locales\`;`)
  await db.run(sql`DROP TABLE \`formations_blocks_choice_options\`;`)
  await db.run(sql`DROP TABLE \`formations_blocks_choice_options_locales\`;`)
  await db.run(sql`DROP TABLE \`formations_blocks_choice\`;`)
  await db.run(sql`DROP TABLE \`formations_blocks_choice_locales\`;`)
  await db.run(sql`DROP TABLE \`formations\`;`)
  await db.run(sql`DROP TABLE \`formations_locales\`;`)
  await db.run(sql`DROP TABLE \`_formations_v_blocks_content\`;`)
  await db.run(sql`DROP TABLE \`_formations_v_blocks_content_locales\`;`)
  await db.run(sql`DROP TABLE \`_formations_v_blocks_choice_options\`;`)
  await db.run(sql`DROP TABLE \`_formations_v_blocks_choice_options_locales\`;`)
  await db.run(sql`DROP TABLE \`_formations_v_blocks_choice\`;`)
  await db.run(sql`DROP TABLE \`_formations_v_blocks_choice_locales\`;`)
  await db.run(sql`DROP TABLE \`_formations_v\`;`)
  await db.run(sql`DROP TABLE \`_formations_v_locales\`;`)
  await db.run(sql`DROP TABLE \`parcours\`;`)
  await db.run(sql`DROP TABLE \`parcours_locales\`;`)
  await db.run(sql`DROP TABLE \`parcours_rels\`;`)
  await db.run(sql`DROP TABLE \`_parcours_v\`;`)
  await db.run(sql`DROP TABLE \`_parcours_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_parcours_v_rels\`;`)
  await db.run(sql`DROP TABLE \`community_resources\`;`)
  await db.run(sql`DROP TABLE \`community_resources_locales\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
