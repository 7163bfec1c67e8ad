import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reason\` text NOT NULL,
  	\`comment\` text,
  	\`reporter_id\` integer,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`staff_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`reporter_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_reporter_idx\` ON \`reports\` (\`reporter_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_status_idx\` ON \`reports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`reports_updated_at_idx\` ON \`reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_created_at_idx\` ON \`reports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`reports_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`community_resources_id\` integer,
  	\`modules_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`community_resources_id\`) REFERENCES \`community_resources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`modules_id\`) REFERENCES \`modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_rels_order_idx\` ON \`reports_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_parent_idx\` ON \`reports_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_path_idx\` ON \`reports_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_community_resources_id_idx\` ON \`reports_rels\` (\`community_resources_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_modules_id_idx\` ON \`reports_rels\` (\`modules_id\`);`)
  await db.run(sql`CREATE TABLE \`diagnostics_domains_tasks\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`screen\` text,
  	\`difficulty\` numeric DEFAULT 1,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`diagnostics_domains\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`diagnostics_domains_tasks_order_idx\` ON \`diagnostics_domains_tasks\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`diagnostics_domains_tasks_parent_id_idx\` ON \`diagnostics_domains_tasks\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`diagnostics_domains_tasks_locales\` (
  	\`instruction\` text,
  	\`instruction_touch\` text,
  	\`hint\` text,
  	\`hint_touch\` text,
  	\`read_aloud\` text,
  	\`expected\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`diagnostics_domains_tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`diagnostics_domains_tasks_locales_locale_parent_id_unique\` ON \`diagnostics_domains_tasks_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`diagnostics_domains_recommendations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`level\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`diagnostics_domains\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`diagnostics_domains_recommendations_order_idx\` ON \`diagnostics_domains_recommendations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`diagnostics_domains_recommendations_parent_id_idx\` ON \`diagnostics_domains_recommendations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`diagnostics_domains\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`diagnostics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`diagnostics_domains_order_idx\` ON \`diagnostics_domains\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`diagnostics_domains_parent_id_idx\` ON \`diagnostics_domains\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`diagnostics_domains_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`diagnostics_domains\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`diagnostics_domains_locales_locale_parent_id_unique\` ON \`diagnostics_domains_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`diagnostics_questions_answers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`diagnostics_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`diagnostics_questions_answers_order_idx\` ON \`diagnostics_questions_answers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`diagnostics_questions_answers_parent_id_idx\` ON \`diagnostics_questions_answers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`diagnostics_questions_answers_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`diagnostics_questions_answers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`diagnostics_questions_answers_locales_locale_parent_id_uniqu\` ON \`diagnostics_questions_answers_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`diagnostics_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`diagnostics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`diagnostics_questions_order_idx\` ON \`diagnostics_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`diagnostics_questions_parent_id_idx\` ON \`diagnostics_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`diagnostics_questions_locales\` (
  	\`question\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`diagnostics_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`diagnostics_questions_locales_locale_parent_id_unique\` ON \`diagnostics_questions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`diagnostics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'simulator',
  	\`thresholds_mastered\` numeric DEFAULT 0.75,
  	\`thresholds_partial\` numeric DEFAULT 0.5,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`diagnostics_kind_idx\` ON \`diagnostics\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`diagnostics_updated_at_idx\` ON \`diagnostics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`diagnostics_created_at_idx\` ON \`diagnostics\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`diagnostics__status_idx\` ON \`diagnostics\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`diagnostics_locales\` (
  	\`title\` text,
  	\`levels_level0\` text,
  	\`levels_level1\` text,
  	\`levels_level2\` text,
  	\`levels_level3\` text,
  	\`autonomy_level0\` text,
  	\`autonomy_level1\` text,
  	\`autonomy_level2\` text,
  	\`autonomy_level3\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`diagnostics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`diagnostics_locales_locale_parent_id_unique\` ON \`diagnostics_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`diagnostics_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`modules_id\` integer,
  	\`parcours_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`diagnostics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`modules_id\`) REFERENCES \`modules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`parcours_id\`) REFERENCES \`parcours\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`diagnostics_rels_order_idx\` ON \`diagnostics_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`diagnostics_rels_parent_idx\` ON \`diagnostics_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`diagnostics_rels_path_idx\` ON \`diagnostics_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`diagnostics_rels_modules_id_idx\` ON \`diagnostics_rels\` (\`modules_id\`);`)
  await db.run(sql`CREATE INDEX \`diagnostics_rels_parcours_id_idx\` ON \`diagnostics_rels\` (\`parcours_id\`);`)
  await db.run(sql`CREATE TABLE \`_diagnostics_v_version_domains_tasks\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`screen\` text,
  	\`difficulty\` numeric DEFAULT 1,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_diagnostics_v_version_domains\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_diagnostics_v_version_domains_tasks_order_idx\` ON \`_diagnostics_v_version_domains_tasks\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_diagnostics_v_version_domains_tasks_parent_id_idx\` ON \`_diagnostics_v_version_domains_tasks\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_diagnostics_v_version_domains_tasks_locales\` (
  	\`instruction\` text,
  	\`instruction_touch\` text,
  	\`hint\` text,
  	\`hint_touch\` text,
  	\`read_aloud\` text,
  	\`expected\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_diagnostics_v_version_domains_tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_diagnostics_v_version_domains_tasks_locales_locale_parent_i\` ON \`_diagnostics_v_version_domains_tasks_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_diagnostics_v_version_domains_recommendations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`level\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_diagnostics_v_version_domains\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_diagnostics_v_version_domains_recommendations_order_idx\` ON \`_diagnostics_v_version_domains_recommendations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_diagnostics_v_version_domains_recommendations_parent_id_idx\` ON \`_diagnostics_v_version_domains_recommendations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_diagnostics_v_version_domains\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_diagnostics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_diagnostics_v_version_domains_order_idx\` ON \`_diagnostics_v_version_domains\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_diagnostics_v_version_domains_parent_id_idx\` ON \`_diagnostics_v_version_domains\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_diagnostics_v_version_domains_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_diagnostics_v_version_domains\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_diagnostics_v_version_domains_locales_locale_parent_id_uniq\` ON \`_diagnostics_v_version_domains_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_diagnostics_v_version_questions_answers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_diagnostics_v_version_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_diagnostics_v_version_questions_answers_order_idx\` ON \`_diagnostics_v_version_questions_answers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_diagnostics_v_version_questions_answers_parent_id_idx\` ON \`_diagnostics_v_version_questions_answers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_diagnostics_v_version_questions_answers_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_diagnostics_v_version_questions_answers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_diagnostics_v_version_questions_answers_locales_locale_pare\` ON \`_diagnostics_v_version_questions_answers_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_diagnostics_v_version_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_diagnostics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_diagnostics_v_version_questions_order_idx\` ON \`_diagnostics_v_version_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_diagnostics_v_version_questions_parent_id_idx\` ON \`_diagnostics_v_version_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_diagnostics_v_version_questions_locales\` (
  	\`question\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_diagnostics_v_version_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_diagnostics_v_version_questions_locales_locale_parent_id_un\` ON \`_diagnostics_v_version_questions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_diagnostics_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_kind\` text DEFAULT 'simulator',
  	\`version_thresholds_mastered\` numeric DEFAULT 0.75,
  	\`version_thresholds_partial\` numeric DEFAULT 0.5,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`diagnostics\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_diagnostics_v_parent_idx\` ON \`_diagnostics_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_diagnostics_v_version_version_kind_idx\` ON \`_diagnostics_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_diagnostics_v_version_version_updated_at_idx\` ON \`_diagnostics_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_diagnostics_v_version_version_created_at_idx\` ON \`_diagnostics_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_diagnostics_v_version_version__status_idx\` ON \`_diagnostics_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_diagnostics_v_created_at_idx\` ON \`_diagnostics_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_diagnostics_v_updated_at_idx\` ON \`_diagnostics_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_diagnostics_v_snapshot_idx\` ON \`_diagnostics_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_diagnostics_v_published_locale_idx\` ON \`_diagnostics_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_diagnostics_v_latest_idx\` ON \`_diagnostics_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_diagnostics_v_locales\` (
  	\`version_title\` text,
  	\`version_levels_level0\` text,
  	\`version_levels_level1\` text,
  	\`version_levels_level2\` text,
  	\`version_levels_level3\` text,
  	\`version_autonomy_level0\` text,
  	\`version_autonomy_level1\` text,
  	\`version_autonomy_level2\` text,
  	\`version_autonomy_level3\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_diagnostics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_diagnostics_v_locales_locale_parent_id_unique\` ON \`_diagnostics_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_diagnostics_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`modules_id\` integer,
  	\`parcours_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_diagnostics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`modules_id\`) REFERENCES \`modules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`parcours_id\`) REFERENCES \`parcours\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_diagnostics_v_rels_order_idx\` ON \`_diagnostics_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_diagnostics_v_rels_parent_idx\` ON \`_diagnostics_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_diagnostics_v_rels_path_idx\` ON \`_diagnostics_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_diagnostics_v_rels_modules_id_idx\` ON \`_diagnostics_v_rels\` (\`modules_id\`);`)
  await db.run(sql`CREATE INDEX \`_diagnostics_v_rels_parcours_id_idx\` ON \`_diagnostics_v_rels\` (\`parcours_id\`);`)
  await db.run(sql`ALTER TABLE \`community_resources\` ADD \`refusal_reason\` text;`)
  await db.run(sql`ALTER TABLE \`community_resources\` ADD \`proposed_by_id\` integer REFERENCES members(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`community_resources\` ADD \`proposed_structure_id\` integer REFERENCES structures(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`community_resources_proposed_by_idx\` ON \`community_resources\` (\`proposed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`community_resources_proposed_structure_idx\` ON \`community_resources\` (\`proposed_structure_id\`);`)
  await db.run(sql`ALTER TABLE \`community_resources_locales\` ADD \`audience\` text;`)
  await db.run(sql`ALTER TABLE \`diagnostic_results\` ADD \`diagnostic_id\` integer REFERENCES diagnostics(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`diagnostic_results\` ADD \`diagnostic_version\` text;`)
  await db.run(sql`ALTER TABLE \`diagnostic_results\` ADD \`snapshot\` text;`)
  await db.run(sql`CREATE INDEX \`diagnostic_results_diagnostic_idx\` ON \`diagnostic_results\` (\`diagnostic_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`reports_id\` integer REFERENCES reports(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`diagnostics_id\` integer REFERENCES diagnostics(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_diagnostics_id_idx\` ON \`payload_locked_documents_rels\` (\`diagnostics_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`reports\`;`)
  await db.run(sql`DROP TABLE \`reports_rels\`;`)
  await db.run(sql`DROP TABLE \`diagnostics_domains_tasks\`;`)
  await db.run(sql`DROP TABLE \`diagnostics_domains_tasks_locales\`;`)
  await db.run(sql`DROP TABLE \`diagnostics_domains_recommendations\`;`)
  await db.run(sql`DROP TABLE \`diagnostics_domains\`;`)
  await db.run(sql`DROP TABLE \`diagnostics_domains_locales\`;`)
  await db.run(sql`DROP TABLE \`diagnostics_questions_answers\`;`)
  await db.run(sql`DROP TABLE \`diagnostics_questions_answers_locales\`;`)
  await db.run(sql`DROP TABLE \`diagnostics_questions\`;`)
  await db.run(sql`DROP TABLE \`diagnostics_questions_locales\`;`)
  await db.run(sql`DROP TABLE \`diagnostics\`;`)
  await db.run(sql`DROP TABLE \`diagnostics_locales\`;`)
  await db.run(sql`DROP TABLE \`diagnostics_rels\`;`)
  await db.run(sql`DROP TABLE \`_diagnostics_v_version_domains_tasks\`;`)
  await db.run(sql`DROP TABLE \`_diagnostics_v_version_domains_tasks_locales\`;`)
  await db.run(sql`DROP TABLE \`_diagnostics_v_version_domains_recommendations\`;`)
  await db.run(sql`DROP TABLE \`_diagnostics_v_version_domains\`;`)
  await db.run(sql`DROP TABLE \`_diagnostics_v_version_domains_locales\`;`)
  await db.run(sql`DROP TABLE \`_diagnostics_v_version_questions_answers\`;`)
  await db.run(sql`DROP TABLE \`_diagnostics_v_version_questions_answers_locales\`;`)
  await db.run(sql`DROP TABLE \`_diagnostics_v_version_questions\`;`)
  await db.run(sql`DROP TABLE \`_diagnostics_v_version_questions_locales\`;`)
  await db.run(sql`DROP TABLE \`_diagnostics_v\`;`)
  await db.run(sql`DROP TABLE \`_diagnostics_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_diagnostics_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_community_resources\` (
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
  	\`translation_status\` text,
  	\`translation_gaps\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`theme_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_community_resources\`("id", "slug", "author_person", "author_organisation", "url", "file_id", "theme_id", "level", "licence", "resource_language", "moderation_status", "translation_status", "translation_gaps", "updated_at", "created_at") SELECT "id", "slug", "author_person", "author_organisation", "url", "file_id", "theme_id", "level", "licence", "resource_language", "moderation_status", "translation_status", "translation_gaps", "updated_at", "created_at" FROM \`community_resources\`;`)
  await db.run(sql`DROP TABLE \`community_resources\`;`)
  await db.run(sql`ALTER TABLE \`__new_community_resources\` RENAME TO \`community_resources\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`community_resources_slug_idx\` ON \`community_resources\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`community_resources_file_idx\` ON \`community_resources\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`community_resources_theme_idx\` ON \`community_resources\` (\`theme_id\`);`)
  await db.run(sql`CREATE INDEX \`community_resources_level_idx\` ON \`community_resources\` (\`level\`);`)
  await db.run(sql`CREATE INDEX \`community_resources_moderation_status_idx\` ON \`community_resources\` (\`moderation_status\`);`)
  await db.run(sql`CREATE INDEX \`community_resources_translation_status_idx\` ON \`community_resources\` (\`translation_status\`);`)
  await db.run(sql`CREATE INDEX \`community_resources_updated_at_idx\` ON \`community_resources\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`community_resources_created_at_idx\` ON \`community_resources\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_diagnostic_results\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`submission_id\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`locale\` text,
  	\`member_id\` integer,
  	\`aidant_id\` integer,
  	\`structure_id\` integer,
  	\`shared\` integer DEFAULT false,
  	\`workshop_id\` integer,
  	\`participant_id\` integer,
  	\`learner_code\` text,
  	\`answers\` text NOT NULL,
  	\`levels\` text NOT NULL,
  	\`overall\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`aidant_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`structure_id\`) REFERENCES \`structures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workshop_id\`) REFERENCES \`workshops\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`participant_id\`) REFERENCES \`workshop_participants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_diagnostic_results\`("id", "code", "submission_id", "kind", "locale", "member_id", "aidant_id", "structure_id", "shared", "workshop_id", "participant_id", "learner_code", "answers", "levels", "overall", "updated_at", "created_at") SELECT "id", "code", "submission_id", "kind", "locale", "member_id", "aidant_id", "structure_id", "shared", "workshop_id", "participant_id", "learner_code", "answers", "levels", "overall", "updated_at", "created_at" FROM \`diagnostic_results\`;`)
  await db.run(sql`DROP TABLE \`diagnostic_results\`;`)
  await db.run(sql`ALTER TABLE \`__new_diagnostic_results\` RENAME TO \`diagnostic_results\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`diagnostic_results_code_idx\` ON \`diagnostic_results\` (\`code\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`diagnostic_results_submission_id_idx\` ON \`diagnostic_results\` (\`submission_id\`);`)
  await db.run(sql`CREATE INDEX \`diagnostic_results_member_idx\` ON \`diagnostic_results\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`diagnostic_results_aidant_idx\` ON \`diagnostic_results\` (\`aidant_id\`);`)
  await db.run(sql`CREATE INDEX \`diagnostic_results_structure_idx\` ON \`diagnostic_results\` (\`structure_id\`);`)
  await db.run(sql`CREATE INDEX \`diagnostic_results_shared_idx\` ON \`diagnostic_results\` (\`shared\`);`)
  await db.run(sql`CREATE INDEX \`diagnostic_results_workshop_idx\` ON \`diagnostic_results\` (\`workshop_id\`);`)
  await db.run(sql`CREATE INDEX \`diagnostic_results_participant_idx\` ON \`diagnostic_results\` (\`participant_id\`);`)
  await db.run(sql`CREATE INDEX \`diagnostic_results_updated_at_idx\` ON \`diagnostic_results\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`diagnostic_results_created_at_idx\` ON \`diagnostic_results\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
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
  	\`structures_id\` integer,
  	\`members_id\` integer,
  	\`memberships_id\` integer,
  	\`password_grants_id\` integer,
  	\`diagnostic_results_id\` integer,
  	\`workshops_id\` integer,
  	\`workshop_participants_id\` integer,
  	\`progress_id\` integer,
  	\`badges_id\` integer,
  	\`accompaniments_id\` integer,
  	\`api_keys_id\` integer,
  	\`statistics_links_id\` integer,
  	\`programme_targets_id\` integer,
  	\`categories_id\` integer,
  	\`articles_id\` integer,
  	\`comments_id\` integer,
  	\`faq_id\` integer,
  	\`synonyms_id\` integer,
  	\`events_id\` integer,
  	\`event_registrations_id\` integer,
  	\`newsletter_subscribers_id\` integer,
  	\`newsletters_id\` integer,
  	\`newsletter_deliveries_id\` integer,
  	\`newsletter_clicks_id\` integer,
  	\`contact_messages_id\` integer,
  	\`locks_id\` integer,
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
  	FOREIGN KEY (\`structures_id\`) REFERENCES \`structures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`members_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`memberships_id\`) REFERENCES \`memberships\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`password_grants_id\`) REFERENCES \`password_grants\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`diagnostic_results_id\`) REFERENCES \`diagnostic_results\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workshops_id\`) REFERENCES \`workshops\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workshop_participants_id\`) REFERENCES \`workshop_participants\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`progress_id\`) REFERENCES \`progress\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`badges_id\`) REFERENCES \`badges\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`accompaniments_id\`) REFERENCES \`accompaniments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`api_keys_id\`) REFERENCES \`api_keys\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`statistics_links_id\`) REFERENCES \`statistics_links\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`programme_targets_id\`) REFERENCES \`programme_targets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comments_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faq_id\`) REFERENCES \`faq\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`synonyms_id\`) REFERENCES \`synonyms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`event_registrations_id\`) REFERENCES \`event_registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletter_subscribers_id\`) REFERENCES \`newsletter_subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletters_id\`) REFERENCES \`newsletters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletter_deliveries_id\`) REFERENCES \`newsletter_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletter_clicks_id\`) REFERENCES \`newsletter_clicks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contact_messages_id\`) REFERENCES \`contact_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`locks_id\`) REFERENCES \`locks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "themes_id", "modules_id", "trames_id", "fiches_id", "formations_id", "parcours_id", "community_resources_id", "media_id", "structures_id", "members_id", "memberships_id", "password_grants_id", "diagnostic_results_id", "workshops_id", "workshop_participants_id", "progress_id", "badges_id", "accompaniments_id", "api_keys_id", "statistics_links_id", "programme_targets_id", "categories_id", "articles_id", "comments_id", "faq_id", "synonyms_id", "events_id", "event_registrations_id", "newsletter_subscribers_id", "newsletters_id", "newsletter_deliveries_id", "newsletter_clicks_id", "contact_messages_id", "locks_id", "users_id") SELECT "id", "order", "parent_id", "path", "themes_id", "modules_id", "trames_id", "fiches_id", "formations_id", "parcours_id", "community_resources_id", "media_id", "structures_id", "members_id", "memberships_id", "password_grants_id", "diagnostic_results_id", "workshops_id", "workshop_participants_id", "progress_id", "badges_id", "accompaniments_id", "api_keys_id", "statistics_links_id", "programme_targets_id", "categories_id", "articles_id", "comments_id", "faq_id", "synonyms_id", "events_id", "event_registrations_id", "newsletter_subscribers_id", "newsletters_id", "newsletter_deliveries_id", "newsletter_clicks_id", "contact_messages_id", "locks_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_modules_id_idx\` ON \`payload_locked_documents_rels\` (\`modules_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_trames_id_idx\` ON \`payload_locked_documents_rels\` (\`trames_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_fiches_id_idx\` ON \`payload_locked_documents_rels\` (\`fiches_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_formations_id_idx\` ON \`payload_locked_documents_rels\` (\`formations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parcours_id_idx\` ON \`payload_locked_documents_rels\` (\`parcours_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_community_resources_id_idx\` ON \`payload_locked_documents_rels\` (\`community_resources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_structures_id_idx\` ON \`payload_locked_documents_rels\` (\`structures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_members_id_idx\` ON \`payload_locked_documents_rels\` (\`members_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_memberships_id_idx\` ON \`payload_locked_documents_rels\` (\`memberships_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_password_grants_id_idx\` ON \`payload_locked_documents_rels\` (\`password_grants_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_diagnostic_results_id_idx\` ON \`payload_locked_documents_rels\` (\`diagnostic_results_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workshops_id_idx\` ON \`payload_locked_documents_rels\` (\`workshops_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workshop_participants_id_idx\` ON \`payload_locked_documents_rels\` (\`workshop_participants_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_progress_id_idx\` ON \`payload_locked_documents_rels\` (\`progress_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_badges_id_idx\` ON \`payload_locked_documents_rels\` (\`badges_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_accompaniments_id_idx\` ON \`payload_locked_documents_rels\` (\`accompaniments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_api_keys_id_idx\` ON \`payload_locked_documents_rels\` (\`api_keys_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_statistics_links_id_idx\` ON \`payload_locked_documents_rels\` (\`statistics_links_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_programme_targets_id_idx\` ON \`payload_locked_documents_rels\` (\`programme_targets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_faq_id_idx\` ON \`payload_locked_documents_rels\` (\`faq_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_synonyms_id_idx\` ON \`payload_locked_documents_rels\` (\`synonyms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_event_registrations_id_idx\` ON \`payload_locked_documents_rels\` (\`event_registrations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_subscribers_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_subscribers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletters_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_clicks_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_clicks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contact_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`contact_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_locks_id_idx\` ON \`payload_locked_documents_rels\` (\`locks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`community_resources_locales\` DROP COLUMN \`audience\`;`)
}
