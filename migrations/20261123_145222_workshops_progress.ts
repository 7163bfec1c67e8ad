import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`formations_blocks_hotspot\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`zone_x\` numeric,
  	\`zone_y\` numeric,
  	\`zone_width\` numeric,
  	\`zone_height\` numeric,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`formations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`formations_blocks_hotspot_order_idx\` ON \`formations_blocks_hotspot\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`formations_blocks_hotspot_parent_id_idx\` ON \`formations_blocks_hotspot\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`formations_blocks_hotspot_path_idx\` ON \`formations_blocks_hotspot\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`formations_blocks_hotspot_locales\` (
  	\`question\` text,
  	\`image_id\` integer,
  	\`correct_feedback\` text,
  	\`wrong_feedback\` text,
  	\`hint\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`formations_blocks_hotspot\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`formations_blocks_hotspot_image_idx\` ON \`formations_blocks_hotspot_locales\` (\`image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`formations_blocks_hotspot_locales_locale_parent_id_unique\` ON \`formations_blocks_hotspot_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`formations_blocks_type_text_answers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`formations_blocks_type_text\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`formations_blocks_type_text_answers_order_idx\` ON \`formations_blocks_type_text_answers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`formations_blocks_type_text_answers_parent_id_idx\` ON \`formations_blocks_type_text_answers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`formations_blocks_type_text_answers_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`formations_blocks_type_text_answers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`formations_blocks_type_text_answers_locales_locale_parent_id\` ON \`formations_blocks_type_text_answers_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`formations_blocks_type_text\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`formations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`formations_blocks_type_text_order_idx\` ON \`formations_blocks_type_text\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`formations_blocks_type_text_parent_id_idx\` ON \`formations_blocks_type_text\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`formations_blocks_type_text_path_idx\` ON \`formations_blocks_type_text\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`formations_blocks_type_text_locales\` (
  	\`question\` text,
  	\`format_hint\` text,
  	\`explanation\` text,
  	\`hint\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`formations_blocks_type_text\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`formations_blocks_type_text_locales_locale_parent_id_unique\` ON \`formations_blocks_type_text_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`formations_blocks_order_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`formations_blocks_order\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`formations_blocks_order_items_order_idx\` ON \`formations_blocks_order_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`formations_blocks_order_items_parent_id_idx\` ON \`formations_blocks_order_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`formations_blocks_order_items_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`formations_blocks_order_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`formations_blocks_order_items_locales_locale_parent_id_uniqu\` ON \`formations_blocks_order_items_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`formations_blocks_order\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`formations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`formations_blocks_order_order_idx\` ON \`formations_blocks_order\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`formations_blocks_order_parent_id_idx\` ON \`formations_blocks_order\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`formations_blocks_order_path_idx\` ON \`formations_blocks_order\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`formations_blocks_order_locales\` (
  	\`instruction\` text,
  	\`explanation\` text,
  	\`hint\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`formations_blocks_order\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`formations_blocks_order_locales_locale_parent_id_unique\` ON \`formations_blocks_order_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`formations_blocks_simulated\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`task\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`formations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`formations_blocks_simulated_order_idx\` ON \`formations_blocks_simulated\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`formations_blocks_simulated_parent_id_idx\` ON \`formations_blocks_simulated\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`formations_blocks_simulated_path_idx\` ON \`formations_blocks_simulated\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`formations_blocks_simulated_locales\` (
  	\`instruction\` text,
  	\`explanation\` text,
  	\`hint\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`formations_blocks_simulated\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`formations_blocks_simulated_locales_locale_parent_id_unique\` ON \`formations_blocks_simulated_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`formations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`modules_id\` integer,
  	\`community_resources_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`formations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`modules_id\`) REFERENCES \`modules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`community_resources_id\`) REFERENCES \`community_resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`formations_rels_order_idx\` ON \`formations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`formations_rels_parent_idx\` ON \`formations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`formations_rels_path_idx\` ON \`formations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`formations_rels_modules_id_idx\` ON \`formations_rels\` (\`modules_id\`);`)
  await db.run(sql`CREATE INDEX \`formations_rels_community_resources_id_idx\` ON \`formations_rels\` (\`community_resources_id\`);`)
  await db.run(sql`CREATE TABLE \`_formations_v_blocks_hotspot\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`zone_x\` numeric,
  	\`zone_y\` numeric,
  	\`zone_width\` numeric,
  	\`zone_height\` numeric,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_formations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_formations_v_blocks_hotspot_order_idx\` ON \`_formations_v_blocks_hotspot\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_formations_v_blocks_hotspot_parent_id_idx\` ON \`_formations_v_blocks_hotspot\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_formations_v_blocks_hotspot_path_idx\` ON \`_formations_v_blocks_hotspot\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_formations_v_blocks_hotspot_locales\` (
  	\`question\` text,
  	\`image_id\` integer,
  	\`correct_feedback\` text,
  	\`wrong_feedback\` text,
  	\`hint\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_formations_v_blocks_hotspot\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_formations_v_blocks_hotspot_image_idx\` ON \`_formations_v_blocks_hotspot_locales\` (\`image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_formations_v_blocks_hotspot_locales_locale_parent_id_unique\` ON \`_formations_v_blocks_hotspot_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_formations_v_blocks_type_text_answers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_formations_v_blocks_type_text\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_formations_v_blocks_type_text_answers_order_idx\` ON \`_formations_v_blocks_type_text_answers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_formations_v_blocks_type_text_answers_parent_id_idx\` ON \`_formations_v_blocks_type_text_answers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_formations_v_blocks_type_text_answers_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_formations_v_blocks_type_text_answers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_formations_v_blocks_type_text_answers_locales_locale_parent\` ON \`_formations_v_blocks_type_text_answers_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_formations_v_blocks_type_text\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_formations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_formations_v_blocks_type_text_order_idx\` ON \`_formations_v_blocks_type_text\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_formations_v_blocks_type_text_parent_id_idx\` ON \`_formations_v_blocks_type_text\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_formations_v_blocks_type_text_path_idx\` ON \`_formations_v_blocks_type_text\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_formations_v_blocks_type_text_locales\` (
  	\`question\` text,
  	\`format_hint\` text,
  	\`explanation\` text,
  	\`hint\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_formations_v_blocks_type_text\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_formations_v_blocks_type_text_locales_locale_parent_id_uniq\` ON \`_formations_v_blocks_type_text_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_formations_v_blocks_order_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_formations_v_blocks_order\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_formations_v_blocks_order_items_order_idx\` ON \`_formations_v_blocks_order_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_formations_v_blocks_order_items_parent_id_idx\` ON \`_formations_v_blocks_order_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_formations_v_blocks_order_items_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_formations_v_blocks_order_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_formations_v_blocks_order_items_locales_locale_parent_id_un\` ON \`_formations_v_blocks_order_items_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_formations_v_blocks_order\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_formations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_formations_v_blocks_order_order_idx\` ON \`_formations_v_blocks_order\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_formations_v_blocks_order_parent_id_idx\` ON \`_formations_v_blocks_order\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_formations_v_blocks_order_path_idx\` ON \`_formations_v_blocks_order\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_formations_v_blocks_order_locales\` (
  	\`instruction\` text,
  	\`explanation\` text,
  	\`hint\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_formations_v_blocks_order\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_formations_v_blocks_order_locales_locale_parent_id_unique\` ON \`_formations_v_blocks_order_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_formations_v_blocks_simulated\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`task\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_formations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_formations_v_blocks_simulated_order_idx\` ON \`_formations_v_blocks_simulated\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_formations_v_blocks_simulated_parent_id_idx\` ON \`_formations_v_blocks_simulated\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_formations_v_blocks_simulated_path_idx\` ON \`_formations_v_blocks_simulated\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_formations_v_blocks_simulated_locales\` (
  	\`instruction\` text,
  	\`explanation\` text,
  	\`hint\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_formations_v_blocks_simulated\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_formations_v_blocks_simulated_locales_locale_parent_id_uniq\` ON \`_formations_v_blocks_simulated_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_formations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`modules_id\` integer,
  	\`community_resources_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_formations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`modules_id\`) REFERENCES \`modules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`community_resources_id\`) REFERENCES \`community_resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_formations_v_rels_order_idx\` ON \`_formations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_formations_v_rels_parent_idx\` ON \`_formations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_formations_v_rels_path_idx\` ON \`_formations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_formations_v_rels_modules_id_idx\` ON \`_formations_v_rels\` (\`modules_id\`);`)
  await db.run(sql`CREATE INDEX \`_formations_v_rels_community_resources_id_idx\` ON \`_formations_v_rels\` (\`community_resources_id\`);`)
  await db.run(sql`CREATE TABLE \`workshops\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`date\` text NOT NULL,
  	\`expires_at\` text NOT NULL,
  	\`code\` text,
  	\`aidant_id\` integer NOT NULL,
  	\`structure_id\` integer NOT NULL,
  	\`diagnostic\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`aidant_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`structure_id\`) REFERENCES \`structures\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`workshops_expires_at_idx\` ON \`workshops\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`workshops_code_idx\` ON \`workshops\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`workshops_aidant_idx\` ON \`workshops\` (\`aidant_id\`);`)
  await db.run(sql`CREATE INDEX \`workshops_structure_idx\` ON \`workshops\` (\`structure_id\`);`)
  await db.run(sql`CREATE INDEX \`workshops_updated_at_idx\` ON \`workshops\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workshops_created_at_idx\` ON \`workshops\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`workshops_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`modules_id\` integer,
  	\`parcours_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`workshops\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`modules_id\`) REFERENCES \`modules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`parcours_id\`) REFERENCES \`parcours\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`workshops_rels_order_idx\` ON \`workshops_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`workshops_rels_parent_idx\` ON \`workshops_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`workshops_rels_path_idx\` ON \`workshops_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`workshops_rels_modules_id_idx\` ON \`workshops_rels\` (\`modules_id\`);`)
  await db.run(sql`CREATE INDEX \`workshops_rels_parcours_id_idx\` ON \`workshops_rels\` (\`parcours_id\`);`)
  await db.run(sql`CREATE TABLE \`workshop_participants\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`workshop_id\` integer NOT NULL,
  	\`structure_id\` integer NOT NULL,
  	\`name\` text NOT NULL,
  	\`member_id\` integer,
  	\`shared\` integer DEFAULT false,
  	\`shared_at\` text,
  	\`last_seen_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`workshop_id\`) REFERENCES \`workshops\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`structure_id\`) REFERENCES \`structures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`workshop_participants_workshop_idx\` ON \`workshop_participants\` (\`workshop_id\`);`)
  await db.run(sql`CREATE INDEX \`workshop_participants_structure_idx\` ON \`workshop_participants\` (\`structure_id\`);`)
  await db.run(sql`CREATE INDEX \`workshop_participants_member_idx\` ON \`workshop_participants\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`workshop_participants_updated_at_idx\` ON \`workshop_participants\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workshop_participants_created_at_idx\` ON \`workshop_participants\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`progress\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`member_id\` integer,
  	\`participant_id\` integer,
  	\`workshop_id\` integer,
  	\`structure_id\` integer,
  	\`shared\` integer DEFAULT false,
  	\`formation_id\` integer NOT NULL,
  	\`module_id\` integer,
  	\`status\` text DEFAULT 'in_progress' NOT NULL,
  	\`current_step\` numeric DEFAULT 0,
  	\`run\` numeric DEFAULT 1,
  	\`steps\` text,
  	\`failed\` text,
  	\`score\` numeric,
  	\`questions\` numeric,
  	\`attempts\` numeric DEFAULT 0,
  	\`seconds\` numeric DEFAULT 0,
  	\`completed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`participant_id\`) REFERENCES \`workshop_participants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workshop_id\`) REFERENCES \`workshops\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`structure_id\`) REFERENCES \`structures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`formation_id\`) REFERENCES \`formations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`module_id\`) REFERENCES \`modules\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`progress_key_idx\` ON \`progress\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`progress_member_idx\` ON \`progress\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`progress_participant_idx\` ON \`progress\` (\`participant_id\`);`)
  await db.run(sql`CREATE INDEX \`progress_workshop_idx\` ON \`progress\` (\`workshop_id\`);`)
  await db.run(sql`CREATE INDEX \`progress_structure_idx\` ON \`progress\` (\`structure_id\`);`)
  await db.run(sql`CREATE INDEX \`progress_formation_idx\` ON \`progress\` (\`formation_id\`);`)
  await db.run(sql`CREATE INDEX \`progress_module_idx\` ON \`progress\` (\`module_id\`);`)
  await db.run(sql`CREATE INDEX \`progress_updated_at_idx\` ON \`progress\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`progress_created_at_idx\` ON \`progress\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`accompaniments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`aidant_id\` integer NOT NULL,
  	\`structure_id\` integer NOT NULL,
  	\`participant_id\` integer,
  	\`member_id\` integer,
  	\`person_code\` text,
  	\`topic\` text NOT NULL,
  	\`minutes\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`aidant_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`structure_id\`) REFERENCES \`structures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`participant_id\`) REFERENCES \`workshop_participants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`accompaniments_date_idx\` ON \`accompaniments\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`accompaniments_aidant_idx\` ON \`accompaniments\` (\`aidant_id\`);`)
  await db.run(sql`CREATE INDEX \`accompaniments_structure_idx\` ON \`accompaniments\` (\`structure_id\`);`)
  await db.run(sql`CREATE INDEX \`accompaniments_participant_idx\` ON \`accompaniments\` (\`participant_id\`);`)
  await db.run(sql`CREATE INDEX \`accompaniments_member_idx\` ON \`accompaniments\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`accompaniments_updated_at_idx\` ON \`accompaniments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`accompaniments_created_at_idx\` ON \`accompaniments\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`formations_blocks_content\` ADD \`video_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`formations_blocks_content\` ADD \`captions_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`formations_blocks_content_video_idx\` ON \`formations_blocks_content\` (\`video_id\`);`)
  await db.run(sql`CREATE INDEX \`formations_blocks_content_captions_idx\` ON \`formations_blocks_content\` (\`captions_id\`);`)
  await db.run(sql`ALTER TABLE \`formations_blocks_content_locales\` ADD \`hint\` text;`)
  await db.run(sql`ALTER TABLE \`formations_blocks_choice_locales\` ADD \`hint\` text;`)
  await db.run(sql`ALTER TABLE \`_formations_v_blocks_content\` ADD \`video_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_formations_v_blocks_content\` ADD \`captions_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_formations_v_blocks_content_video_idx\` ON \`_formations_v_blocks_content\` (\`video_id\`);`)
  await db.run(sql`CREATE INDEX \`_formations_v_blocks_content_captions_idx\` ON \`_formations_v_blocks_content\` (\`captions_id\`);`)
  await db.run(sql`ALTER TABLE \`_formations_v_blocks_content_locales\` ADD \`hint\` text;`)
  await db.run(sql`ALTER TABLE \`_formations_v_blocks_choice_locales\` ADD \`hint\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`workshops_id\` integer REFERENCES workshops(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`workshop_participants_id\` integer REFERENCES workshop_participants(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`progress_id\` integer REFERENCES progress(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`accompaniments_id\` integer REFERENCES accompaniments(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workshops_id_idx\` ON \`payload_locked_documents_rels\` (\`workshops_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workshop_participants_id_idx\` ON \`payload_locked_documents_rels\` (\`workshop_participants_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_progress_id_idx\` ON \`payload_locked_documents_rels\` (\`progress_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_accompaniments_id_idx\` ON \`payload_locked_documents_rels\` (\`accompaniments_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`formations_blocks_hotspot\`;`)
  await db.run(sql`DROP TABLE \`formations_blocks_hotspot_locales\`;`)
  await db.run(sql`DROP TABLE \`formations_blocks_type_text_answers\`;`)
  await db.run(sql`DROP TABLE \`formations_blocks_type_text_answers_locales\`;`)
  await db.run(sql`DROP TABLE \`formations_blocks_type_text\`;`)
  await db.run(sql`DROP TABLE \`formations_blocks_type_text_locales\`;`)
  await db.run(sql`DROP TABLE \`formations_blocks_order_items\`;`)
  await db.run(sql`DROP TABLE \`formations_blocks_order_items_locales\`;`)
  await db.run(sql`DROP TABLE \`formations_blocks_order\`;`)
  await db.run(sql`DROP TABLE \`formations_blocks_order_locales\`;`)
  await db.run(sql`DROP TABLE \`formations_blocks_simulated\`;`)
  await db.run(sql`DROP TABLE \`formations_blocks_simulated_locales\`;`)
  await db.run(sql`DROP TABLE \`formations_rels\`;`)
  await db.run(sql`DROP TABLE \`_formations_v_blocks_hotspot\`;`)
  await db.run(sql`DROP TABLE \`_formations_v_blocks_hotspot_locales\`;`)
  await db.run(sql`DROP TABLE \`_formations_v_blocks_type_text_answers\`;`)
  await db.run(sql`DROP TABLE \`_formations_v_blocks_type_text_answers_locales\`;`)
  await db.run(sql`DROP TABLE \`_formations_v_blocks_type_text\`;`)
  await db.run(sql`DROP TABLE \`_formations_v_blocks_type_text_locales\`;`)
  await db.run(sql`DROP TABLE \`_formations_v_blocks_order_items\`;`)
  await db.run(sql`DROP TABLE \`_formations_v_blocks_order_items_locales\`;`)
  await db.run(sql`DROP TABLE \`_formations_v_blocks_order\`;`)
  await db.run(sql`DROP TABLE \`_formations_v_blocks_order_locales\`;`)
  await db.run(sql`DROP TABLE \`_formations_v_blocks_simulated\`;`)
  await db.run(sql`DROP TABLE \`_formations_v_blocks_simulated_locales\`;`)
  await db.run(sql`DROP TABLE \`_formations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`workshops\`;`)
  await db.run(sql`DROP TABLE \`workshops_rels\`;`)
  await db.run(sql`DROP TABLE \`workshop_participants\`;`)
  await db.run(sql`DROP TABLE \`progress\`;`)
  await db.run(sql`DROP TABLE \`accompaniments\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_formations_blocks_content\` (
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
  await db.run(sql`INSERT INTO \`__new_formations_blocks_content\`("_order", "_parent_id", "_path", "id", "image_id", "block_name") SELECT "_order", "_parent_id", "_path", "id", "image_id", "block_name" FROM \`formations_blocks_content\`;`)
  await db.run(sql`DROP TABLE \`formations_blocks_content\`;`)
  await db.run(sql`ALTER TABLE \`__new_formations_blocks_content\` RENAME TO \`formations_blocks_content\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`formations_blocks_content_order_idx\` ON \`formations_blocks_content\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`formations_blocks_content_parent_id_idx\` ON \`formations_blocks_content\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`formations_blocks_content_path_idx\` ON \`formations_blocks_content\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`formations_blocks_content_image_idx\` ON \`formations_blocks_content\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__formations_v_blocks_content\` (
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
  await db.run(sql`INSERT INTO \`__new__formations_v_blocks_content\`("_order", "_parent_id", "_path", "id", "image_id", "_uuid", "block_name") SELECT "_order", "_parent_id", "_path", "id", "image_id", "_uuid", "block_name" FROM \`_formations_v_blocks_content\`;`)
  await db.run(sql`DROP TABLE \`_formations_v_blocks_content\`;`)
  await db.run(sql`ALTER TABLE \`__new__formations_v_blocks_content\` RENAME TO \`_formations_v_blocks_content\`;`)
  await db.run(sql`CREATE INDEX \`_formations_v_blocks_content_order_idx\` ON \`_formations_v_blocks_content\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_formations_v_blocks_content_parent_id_idx\` ON \`_formations_v_blocks_content\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_formations_v_blocks_content_path_idx\` ON \`_formations_v_blocks_content\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_formations_v_blocks_content_image_idx\` ON \`_formations_v_blocks_content\` (\`image_id\`);`)
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
  	\`diagnostic_results_id\` integer,
  	\`categories_id\` integer,
  	\`articles_id\` integer,
  	\`comments_id\` integer,
  	\`faq_id\` integer,
  	\`events_id\` integer,
  	\`event_registrations_id\` integer,
  	\`newsletter_subscribers_id\` integer,
  	\`newsletters_id\` integer,
  	\`newsletter_deliveries_id\` integer,
  	\`newsletter_clicks_id\` integer,
  	\`contact_messages_id\` integer,
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
  	FOREIGN KEY (\`diagnostic_results_id\`) REFERENCES \`diagnostic_results\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comments_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faq_id\`) REFERENCES \`faq\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`event_registrations_id\`) REFERENCES \`event_registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletter_subscribers_id\`) REFERENCES \`newsletter_subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletters_id\`) REFERENCES \`newsletters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletter_deliveries_id\`) REFERENCES \`newsletter_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletter_clicks_id\`) REFERENCES \`newsletter_clicks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contact_messages_id\`) REFERENCES \`contact_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "themes_id", "modules_id", "trames_id", "fiches_id", "formations_id", "parcours_id", "community_resources_id", "media_id", "structures_id", "members_id", "memberships_id", "diagnostic_results_id", "categories_id", "articles_id", "comments_id", "faq_id", "events_id", "event_registrations_id", "newsletter_subscribers_id", "newsletters_id", "newsletter_deliveries_id", "newsletter_clicks_id", "contact_messages_id", "users_id") SELECT "id", "order", "parent_id", "path", "themes_id", "modules_id", "trames_id", "fiches_id", "formations_id", "parcours_id", "community_resources_id", "media_id", "structures_id", "members_id", "memberships_id", "diagnostic_results_id", "categories_id", "articles_id", "comments_id", "faq_id", "events_id", "event_registrations_id", "newsletter_subscribers_id", "newsletters_id", "newsletter_deliveries_id", "newsletter_clicks_id", "contact_messages_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_diagnostic_results_id_idx\` ON \`payload_locked_documents_rels\` (\`diagnostic_results_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_faq_id_idx\` ON \`payload_locked_documents_rels\` (\`faq_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_event_registrations_id_idx\` ON \`payload_locked_documents_rels\` (\`event_registrations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_subscribers_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_subscribers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletters_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_clicks_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_clicks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contact_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`contact_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`formations_blocks_content_locales\` DROP COLUMN \`hint\`;`)
  await db.run(sql`ALTER TABLE \`formations_blocks_choice_locales\` DROP COLUMN \`hint\`;`)
  await db.run(sql`ALTER TABLE \`_formations_v_blocks_content_locales\` DROP COLUMN \`hint\`;`)
  await db.run(sql`ALTER TABLE \`_formations_v_blocks_choice_locales\` DROP COLUMN \`hint\`;`)
}
