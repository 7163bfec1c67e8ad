import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Columns that earlier migrations added with `ALTER TABLE … ADD … REFERENCES t(id)` got SQLite's default
 * `ON DELETE NO ACTION` (drizzle-kit drops the action on added columns), although the schema says
 * `set null` (documents that merely point at another one) or `cascade` (Payload's own *_rels join rows).
 * Deleting a workshop participant a diagnostic result points at, a workshop, a member with admin
 * preferences or a locked document then failed with SQLITE_CONSTRAINT_FOREIGNKEY. SQLite cannot alter a
 * constraint: each table is rebuilt with the same columns, data and indexes, and the intended action, the
 * way Payload's generated migrations rebuild tables. The schema snapshot is unchanged (it already says so).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  // formations_blocks_content
  await db.run(sql`CREATE TABLE \`__new_formations_blocks_content\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`image_id\` integer,
  	\`block_name\` text, \`video_id\` integer REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null, \`captions_id\` integer REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`formations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );`)
  await db.run(
    sql`INSERT INTO \`__new_formations_blocks_content\`("_order", "_parent_id", "_path", "id", "image_id", "block_name", "video_id", "captions_id") SELECT "_order", "_parent_id", "_path", "id", "image_id", "block_name", "video_id", "captions_id" FROM \`formations_blocks_content\`;`,
  )
  await db.run(sql`DROP TABLE \`formations_blocks_content\`;`)
  await db.run(sql`ALTER TABLE \`__new_formations_blocks_content\` RENAME TO \`formations_blocks_content\`;`)
  await db.run(sql`CREATE INDEX \`formations_blocks_content_order_idx\` ON \`formations_blocks_content\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`formations_blocks_content_parent_id_idx\` ON \`formations_blocks_content\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`formations_blocks_content_path_idx\` ON \`formations_blocks_content\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`formations_blocks_content_image_idx\` ON \`formations_blocks_content\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`formations_blocks_content_video_idx\` ON \`formations_blocks_content\` (\`video_id\`);`)
  await db.run(sql`CREATE INDEX \`formations_blocks_content_captions_idx\` ON \`formations_blocks_content\` (\`captions_id\`);`)
  // _formations_v_blocks_content
  await db.run(sql`CREATE TABLE \`__new__formations_v_blocks_content\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`image_id\` integer,
  	\`_uuid\` text,
  	\`block_name\` text, \`video_id\` integer REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null, \`captions_id\` integer REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_formations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );`)
  await db.run(
    sql`INSERT INTO \`__new__formations_v_blocks_content\`("_order", "_parent_id", "_path", "id", "image_id", "_uuid", "block_name", "video_id", "captions_id") SELECT "_order", "_parent_id", "_path", "id", "image_id", "_uuid", "block_name", "video_id", "captions_id" FROM \`_formations_v_blocks_content\`;`,
  )
  await db.run(sql`DROP TABLE \`_formations_v_blocks_content\`;`)
  await db.run(sql`ALTER TABLE \`__new__formations_v_blocks_content\` RENAME TO \`_formations_v_blocks_content\`;`)
  await db.run(sql`CREATE INDEX \`_formations_v_blocks_content_order_idx\` ON \`_formations_v_blocks_content\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_formations_v_blocks_content_parent_id_idx\` ON \`_formations_v_blocks_content\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_formations_v_blocks_content_path_idx\` ON \`_formations_v_blocks_content\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_formations_v_blocks_content_image_idx\` ON \`_formations_v_blocks_content\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`_formations_v_blocks_content_video_idx\` ON \`_formations_v_blocks_content\` (\`video_id\`);`)
  await db.run(sql`CREATE INDEX \`_formations_v_blocks_content_captions_idx\` ON \`_formations_v_blocks_content\` (\`captions_id\`);`)
  // diagnostic_results
  await db.run(sql`CREATE TABLE \`__new_diagnostic_results\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`submission_id\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`locale\` text,
  	\`member_id\` integer,
  	\`aidant_id\` integer,
  	\`structure_id\` integer,
  	\`learner_code\` text,
  	\`answers\` text NOT NULL,
  	\`levels\` text NOT NULL,
  	\`overall\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL, \`workshop_id\` integer REFERENCES \`workshops\`(\`id\`) ON UPDATE no action ON DELETE set null, \`participant_id\` integer REFERENCES \`workshop_participants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`aidant_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`structure_id\`) REFERENCES \`structures\`(\`id\`) ON UPDATE no action ON DELETE set null
  );`)
  await db.run(
    sql`INSERT INTO \`__new_diagnostic_results\`("id", "code", "submission_id", "kind", "locale", "member_id", "aidant_id", "structure_id", "learner_code", "answers", "levels", "overall", "updated_at", "created_at", "workshop_id", "participant_id") SELECT "id", "code", "submission_id", "kind", "locale", "member_id", "aidant_id", "structure_id", "learner_code", "answers", "levels", "overall", "updated_at", "created_at", "workshop_id", "participant_id" FROM \`diagnostic_results\`;`,
  )
  await db.run(sql`DROP TABLE \`diagnostic_results\`;`)
  await db.run(sql`ALTER TABLE \`__new_diagnostic_results\` RENAME TO \`diagnostic_results\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`diagnostic_results_code_idx\` ON \`diagnostic_results\` (\`code\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`diagnostic_results_submission_id_idx\` ON \`diagnostic_results\` (\`submission_id\`);`)
  await db.run(sql`CREATE INDEX \`diagnostic_results_member_idx\` ON \`diagnostic_results\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`diagnostic_results_aidant_idx\` ON \`diagnostic_results\` (\`aidant_id\`);`)
  await db.run(sql`CREATE INDEX \`diagnostic_results_structure_idx\` ON \`diagnostic_results\` (\`structure_id\`);`)
  await db.run(sql`CREATE INDEX \`diagnostic_results_updated_at_idx\` ON \`diagnostic_results\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`diagnostic_results_created_at_idx\` ON \`diagnostic_results\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`diagnostic_results_workshop_idx\` ON \`diagnostic_results\` (\`workshop_id\`);`)
  await db.run(sql`CREATE INDEX \`diagnostic_results_participant_idx\` ON \`diagnostic_results\` (\`participant_id\`);`)
  // payload_locked_documents_rels
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
  	\`users_id\` integer, \`structures_id\` integer REFERENCES \`structures\`(\`id\`) ON UPDATE no action ON DELETE cascade, \`members_id\` integer REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE cascade, \`memberships_id\` integer REFERENCES \`memberships\`(\`id\`) ON UPDATE no action ON DELETE cascade, \`diagnostic_results_id\` integer REFERENCES \`diagnostic_results\`(\`id\`) ON UPDATE no action ON DELETE cascade, \`categories_id\` integer REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade, \`articles_id\` integer REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade, \`comments_id\` integer REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade, \`faq_id\` integer REFERENCES \`faq\`(\`id\`) ON UPDATE no action ON DELETE cascade, \`contact_messages_id\` integer REFERENCES \`contact_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade, \`events_id\` integer REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade, \`event_registrations_id\` integer REFERENCES \`event_registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade, \`newsletter_subscribers_id\` integer REFERENCES \`newsletter_subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade, \`newsletters_id\` integer REFERENCES \`newsletters\`(\`id\`) ON UPDATE no action ON DELETE cascade, \`newsletter_deliveries_id\` integer REFERENCES \`newsletter_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade, \`newsletter_clicks_id\` integer REFERENCES \`newsletter_clicks\`(\`id\`) ON UPDATE no action ON DELETE cascade, \`workshops_id\` integer REFERENCES \`workshops\`(\`id\`) ON UPDATE no action ON DELETE cascade, \`workshop_participants_id\` integer REFERENCES \`workshop_participants\`(\`id\`) ON UPDATE no action ON DELETE cascade, \`progress_id\` integer REFERENCES \`progress\`(\`id\`) ON UPDATE no action ON DELETE cascade, \`accompaniments_id\` integer REFERENCES \`accompaniments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  );`)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "themes_id", "modules_id", "trames_id", "fiches_id", "formations_id", "parcours_id", "community_resources_id", "media_id", "users_id", "structures_id", "members_id", "memberships_id", "diagnostic_results_id", "categories_id", "articles_id", "comments_id", "faq_id", "contact_messages_id", "events_id", "event_registrations_id", "newsletter_subscribers_id", "newsletters_id", "newsletter_deliveries_id", "newsletter_clicks_id", "workshops_id", "workshop_participants_id", "progress_id", "accompaniments_id") SELECT "id", "order", "parent_id", "path", "themes_id", "modules_id", "trames_id", "fiches_id", "formations_id", "parcours_id", "community_resources_id", "media_id", "users_id", "structures_id", "members_id", "memberships_id", "diagnostic_results_id", "categories_id", "articles_id", "comments_id", "faq_id", "contact_messages_id", "events_id", "event_registrations_id", "newsletter_subscribers_id", "newsletters_id", "newsletter_deliveries_id", "newsletter_clicks_id", "workshops_id", "workshop_participants_id", "progress_id", "accompaniments_id" FROM \`payload_locked_documents_rels\`;`,
  )
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_structures_id_idx\` ON \`payload_locked_documents_rels\` (\`structures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_members_id_idx\` ON \`payload_locked_documents_rels\` (\`members_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_memberships_id_idx\` ON \`payload_locked_documents_rels\` (\`memberships_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_diagnostic_results_id_idx\` ON \`payload_locked_documents_rels\` (\`diagnostic_results_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_faq_id_idx\` ON \`payload_locked_documents_rels\` (\`faq_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contact_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`contact_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_event_registrations_id_idx\` ON \`payload_locked_documents_rels\` (\`event_registrations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_subscribers_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_subscribers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletters_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_clicks_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_clicks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workshops_id_idx\` ON \`payload_locked_documents_rels\` (\`workshops_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workshop_participants_id_idx\` ON \`payload_locked_documents_rels\` (\`workshop_participants_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_progress_id_idx\` ON \`payload_locked_documents_rels\` (\`progress_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_accompaniments_id_idx\` ON \`payload_locked_documents_rels\` (\`accompaniments_id\`);`)
  // payload_preferences_rels
  await db.run(sql`CREATE TABLE \`__new_payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer, \`members_id\` integer REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );`)
  await db.run(
    sql`INSERT INTO \`__new_payload_preferences_rels\`("id", "order", "parent_id", "path", "users_id", "members_id") SELECT "id", "order", "parent_id", "path", "users_id", "members_id" FROM \`payload_preferences_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_preferences_rels\` RENAME TO \`payload_preferences_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_members_id_idx\` ON \`payload_preferences_rels\` (\`members_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}

/** Nothing to undo: the old `NO ACTION` constraints were a defect, and the earlier migrations' own `down` drop these columns. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
