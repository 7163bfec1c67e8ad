import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { moveTopicsToThemes } from '../lib/accompaniments/migrateV2'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`accompaniments_themes\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`accompaniments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`accompaniments_themes_order_idx\` ON \`accompaniments_themes\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`accompaniments_themes_parent_idx\` ON \`accompaniments_themes\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`accompaniments_procedures\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`accompaniments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`accompaniments_procedures_order_idx\` ON \`accompaniments_procedures\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`accompaniments_procedures_parent_idx\` ON \`accompaniments_procedures\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`accompaniments_devices\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`accompaniments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`accompaniments_devices_order_idx\` ON \`accompaniments_devices\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`accompaniments_devices_parent_idx\` ON \`accompaniments_devices\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`accompaniments_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`workshop_participants_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`accompaniments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workshop_participants_id\`) REFERENCES \`workshop_participants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`accompaniments_rels_order_idx\` ON \`accompaniments_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`accompaniments_rels_parent_idx\` ON \`accompaniments_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`accompaniments_rels_path_idx\` ON \`accompaniments_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`accompaniments_rels_workshop_participants_id_idx\` ON \`accompaniments_rels\` (\`workshop_participants_id\`);`)
  await db.run(sql`CREATE TABLE \`api_keys\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`prefix\` text,
  	\`key_hash\` text NOT NULL,
  	\`scope\` text NOT NULL,
  	\`structure_id\` integer,
  	\`last_used_at\` text,
  	\`revoked_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`structure_id\`) REFERENCES \`structures\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`api_keys_key_hash_idx\` ON \`api_keys\` (\`key_hash\`);`)
  await db.run(sql`CREATE INDEX \`api_keys_structure_idx\` ON \`api_keys\` (\`structure_id\`);`)
  await db.run(sql`CREATE INDEX \`api_keys_updated_at_idx\` ON \`api_keys\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`api_keys_created_at_idx\` ON \`api_keys\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`api_keys_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`members_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`api_keys\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`members_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`api_keys_rels_order_idx\` ON \`api_keys_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`api_keys_rels_parent_idx\` ON \`api_keys_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`api_keys_rels_path_idx\` ON \`api_keys_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`api_keys_rels_members_id_idx\` ON \`api_keys_rels\` (\`members_id\`);`)
  await db.run(sql`CREATE INDEX \`api_keys_rels_users_id_idx\` ON \`api_keys_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`statistics_links\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`token\` text NOT NULL,
  	\`scope\` text NOT NULL,
  	\`structure_id\` integer,
  	\`query\` text,
  	\`revoked_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`structure_id\`) REFERENCES \`structures\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`statistics_links_token_idx\` ON \`statistics_links\` (\`token\`);`)
  await db.run(sql`CREATE INDEX \`statistics_links_structure_idx\` ON \`statistics_links\` (\`structure_id\`);`)
  await db.run(sql`CREATE INDEX \`statistics_links_updated_at_idx\` ON \`statistics_links\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`statistics_links_created_at_idx\` ON \`statistics_links\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`statistics_links_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`members_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`statistics_links\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`members_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`statistics_links_rels_order_idx\` ON \`statistics_links_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`statistics_links_rels_parent_idx\` ON \`statistics_links_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`statistics_links_rels_path_idx\` ON \`statistics_links_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`statistics_links_rels_members_id_idx\` ON \`statistics_links_rels\` (\`members_id\`);`)
  await db.run(sql`CREATE INDEX \`statistics_links_rels_users_id_idx\` ON \`statistics_links_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`programme_targets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`programme\` text NOT NULL,
  	\`territory\` text DEFAULT 'all' NOT NULL,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`aidants_trained\` numeric,
  	\`accompaniments\` numeric,
  	\`structures\` numeric,
  	\`learners\` numeric,
  	\`newsletter_readers\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`programme_targets_updated_at_idx\` ON \`programme_targets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`programme_targets_created_at_idx\` ON \`programme_targets\` (\`created_at\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_accompaniments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'individual' NOT NULL,
  	\`date\` text NOT NULL,
  	\`minutes\` numeric NOT NULL,
  	\`place\` text DEFAULT 'structure' NOT NULL,
  	\`country\` text,
  	\`postcode\` text,
  	\`territory_country\` text,
  	\`territory_region\` text,
  	\`territory_province\` text,
  	\`territory_municipality\` text,
  	\`territory_municipality_name\` text,
  	\`aidant_id\` integer NOT NULL,
  	\`structure_id\` integer NOT NULL,
  	\`workshop_id\` integer,
  	\`title\` text,
  	\`level\` text,
  	\`participants_count\` numeric,
  	\`participant_id\` integer,
  	\`member_id\` integer,
  	\`person_code\` text,
  	\`beneficiary_gender\` text,
  	\`beneficiary_age_band\` text,
  	\`beneficiary_situation\` text,
  	\`beneficiary_residence_postcode\` text,
  	\`beneficiary_first_time\` text,
  	\`autonomy\` text,
  	\`referred\` integer,
  	\`referred_to\` text,
  	\`notes\` text,
  	\`topic\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`aidant_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`structure_id\`) REFERENCES \`structures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workshop_id\`) REFERENCES \`workshops\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`participant_id\`) REFERENCES \`workshop_participants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  // The old log has only these columns; `kind` and `place` take their defaults, the rest starts empty.
  await db.run(sql`INSERT INTO \`__new_accompaniments\`("id", "date", "minutes", "aidant_id", "structure_id", "participant_id", "member_id", "person_code", "topic", "updated_at", "created_at") SELECT "id", "date", "minutes", "aidant_id", "structure_id", "participant_id", "member_id", "person_code", "topic", "updated_at", "created_at" FROM \`accompaniments\`;`)
  await db.run(sql`DROP TABLE \`accompaniments\`;`)
  await db.run(sql`ALTER TABLE \`__new_accompaniments\` RENAME TO \`accompaniments\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`accompaniments_date_idx\` ON \`accompaniments\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`accompaniments_aidant_idx\` ON \`accompaniments\` (\`aidant_id\`);`)
  await db.run(sql`CREATE INDEX \`accompaniments_structure_idx\` ON \`accompaniments\` (\`structure_id\`);`)
  await db.run(sql`CREATE INDEX \`accompaniments_workshop_idx\` ON \`accompaniments\` (\`workshop_id\`);`)
  await db.run(sql`CREATE INDEX \`accompaniments_participant_idx\` ON \`accompaniments\` (\`participant_id\`);`)
  await db.run(sql`CREATE INDEX \`accompaniments_member_idx\` ON \`accompaniments\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`accompaniments_updated_at_idx\` ON \`accompaniments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`accompaniments_created_at_idx\` ON \`accompaniments\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`event_registrations\` ADD \`attended\` integer;`)
  await db.run(sql`CREATE INDEX \`event_registrations_attended_idx\` ON \`event_registrations\` (\`attended\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`api_keys_id\` integer REFERENCES api_keys(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`statistics_links_id\` integer REFERENCES statistics_links(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`programme_targets_id\` integer REFERENCES programme_targets(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_api_keys_id_idx\` ON \`payload_locked_documents_rels\` (\`api_keys_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_statistics_links_id_idx\` ON \`payload_locked_documents_rels\` (\`statistics_links_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_programme_targets_id_idx\` ON \`payload_locked_documents_rels\` (\`programme_targets_id\`);`)
  // Data, through the Local API as on MongoDB: each old topic becomes a theme, and the territory is derived.
  await moveTopicsToThemes(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`accompaniments_themes\`;`)
  await db.run(sql`DROP TABLE \`accompaniments_procedures\`;`)
  await db.run(sql`DROP TABLE \`accompaniments_devices\`;`)
  await db.run(sql`DROP TABLE \`accompaniments_rels\`;`)
  await db.run(sql`DROP TABLE \`api_keys\`;`)
  await db.run(sql`DROP TABLE \`api_keys_rels\`;`)
  await db.run(sql`DROP TABLE \`statistics_links\`;`)
  await db.run(sql`DROP TABLE \`statistics_links_rels\`;`)
  await db.run(sql`DROP TABLE \`programme_targets\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_accompaniments\` (
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
  await db.run(sql`INSERT INTO \`__new_accompaniments\`("id", "date", "aidant_id", "structure_id", "participant_id", "member_id", "person_code", "topic", "minutes", "updated_at", "created_at") SELECT "id", "date", "aidant_id", "structure_id", "participant_id", "member_id", "person_code", COALESCE("topic", 'other'), "minutes", "updated_at", "created_at" FROM \`accompaniments\`;`)
  await db.run(sql`DROP TABLE \`accompaniments\`;`)
  await db.run(sql`ALTER TABLE \`__new_accompaniments\` RENAME TO \`accompaniments\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`accompaniments_date_idx\` ON \`accompaniments\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`accompaniments_aidant_idx\` ON \`accompaniments\` (\`aidant_id\`);`)
  await db.run(sql`CREATE INDEX \`accompaniments_structure_idx\` ON \`accompaniments\` (\`structure_id\`);`)
  await db.run(sql`CREATE INDEX \`accompaniments_participant_idx\` ON \`accompaniments\` (\`participant_id\`);`)
  await db.run(sql`CREATE INDEX \`accompaniments_member_idx\` ON \`accompaniments\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`accompaniments_updated_at_idx\` ON \`accompaniments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`accompaniments_created_at_idx\` ON \`accompaniments\` (\`created_at\`);`)
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
  	\`accompaniments_id\` integer,
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
  	FOREIGN KEY (\`accompaniments_id\`) REFERENCES \`accompaniments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "themes_id", "modules_id", "trames_id", "fiches_id", "formations_id", "parcours_id", "community_resources_id", "media_id", "structures_id", "members_id", "memberships_id", "password_grants_id", "diagnostic_results_id", "workshops_id", "workshop_participants_id", "progress_id", "accompaniments_id", "categories_id", "articles_id", "comments_id", "faq_id", "synonyms_id", "events_id", "event_registrations_id", "newsletter_subscribers_id", "newsletters_id", "newsletter_deliveries_id", "newsletter_clicks_id", "contact_messages_id", "locks_id", "users_id") SELECT "id", "order", "parent_id", "path", "themes_id", "modules_id", "trames_id", "fiches_id", "formations_id", "parcours_id", "community_resources_id", "media_id", "structures_id", "members_id", "memberships_id", "password_grants_id", "diagnostic_results_id", "workshops_id", "workshop_participants_id", "progress_id", "accompaniments_id", "categories_id", "articles_id", "comments_id", "faq_id", "synonyms_id", "events_id", "event_registrations_id", "newsletter_subscribers_id", "newsletters_id", "newsletter_deliveries_id", "newsletter_clicks_id", "contact_messages_id", "locks_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_accompaniments_id_idx\` ON \`payload_locked_documents_rels\` (\`accompaniments_id\`);`)
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
  await db.run(sql`DROP INDEX \`event_registrations_attended_idx\`;`)
  await db.run(sql`ALTER TABLE \`event_registrations\` DROP COLUMN \`attended\`;`)
}
