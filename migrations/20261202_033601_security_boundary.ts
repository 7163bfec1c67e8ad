import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`password_grants\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`learner_id\` integer NOT NULL,
  	\`given_by_id\` integer,
  	\`given_by_name\` text NOT NULL,
  	\`structure_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`learner_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`given_by_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`structure_id\`) REFERENCES \`structures\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`password_grants_learner_idx\` ON \`password_grants\` (\`learner_id\`);`)
  await db.run(sql`CREATE INDEX \`password_grants_given_by_idx\` ON \`password_grants\` (\`given_by_id\`);`)
  await db.run(sql`CREATE INDEX \`password_grants_structure_idx\` ON \`password_grants\` (\`structure_id\`);`)
  await db.run(sql`CREATE INDEX \`password_grants_updated_at_idx\` ON \`password_grants\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`password_grants_created_at_idx\` ON \`password_grants\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`members\` ADD \`session_version\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`members\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`members\` DROP COLUMN \`lock_until\`;`)
  await db.run(sql`ALTER TABLE \`diagnostic_results\` ADD \`shared\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`diagnostic_results_shared_idx\` ON \`diagnostic_results\` (\`shared\`);`)
  // Consent now lives on the result (ADR 0011): results taken in a workshop by a participant who agreed to
  // share, and results an aidant ran with the person, stay visible to the structure; the rest no longer are.
  await db.run(sql`UPDATE \`diagnostic_results\` SET \`shared\` = 1
    WHERE \`aidant_id\` IS NOT NULL
       OR \`participant_id\` IN (SELECT \`id\` FROM \`workshop_participants\` WHERE \`shared\` = 1);`)
  await db.run(sql`UPDATE \`diagnostic_results\` SET \`structure_id\` = NULL WHERE \`shared\` = 0;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`password_grants_id\` integer REFERENCES password_grants(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_password_grants_id_idx\` ON \`payload_locked_documents_rels\` (\`password_grants_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`password_grants\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`workshops_id\` integer,
  	\`workshop_participants_id\` integer,
  	\`progress_id\` integer,
  	\`accompaniments_id\` integer,
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
  	FOREIGN KEY (\`workshops_id\`) REFERENCES \`workshops\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workshop_participants_id\`) REFERENCES \`workshop_participants\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`progress_id\`) REFERENCES \`progress\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`accompaniments_id\`) REFERENCES \`accompaniments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "themes_id", "modules_id", "trames_id", "fiches_id", "formations_id", "parcours_id", "community_resources_id", "media_id", "structures_id", "members_id", "memberships_id", "diagnostic_results_id", "workshops_id", "workshop_participants_id", "progress_id", "accompaniments_id", "categories_id", "articles_id", "comments_id", "faq_id", "events_id", "event_registrations_id", "newsletter_subscribers_id", "newsletters_id", "newsletter_deliveries_id", "newsletter_clicks_id", "contact_messages_id", "users_id") SELECT "id", "order", "parent_id", "path", "themes_id", "modules_id", "trames_id", "fiches_id", "formations_id", "parcours_id", "community_resources_id", "media_id", "structures_id", "members_id", "memberships_id", "diagnostic_results_id", "workshops_id", "workshop_participants_id", "progress_id", "accompaniments_id", "categories_id", "articles_id", "comments_id", "faq_id", "events_id", "event_registrations_id", "newsletter_subscribers_id", "newsletters_id", "newsletter_deliveries_id", "newsletter_clicks_id", "contact_messages_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workshops_id_idx\` ON \`payload_locked_documents_rels\` (\`workshops_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workshop_participants_id_idx\` ON \`payload_locked_documents_rels\` (\`workshop_participants_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_progress_id_idx\` ON \`payload_locked_documents_rels\` (\`progress_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_accompaniments_id_idx\` ON \`payload_locked_documents_rels\` (\`accompaniments_id\`);`)
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
  await db.run(sql`DROP INDEX \`diagnostic_results_shared_idx\`;`)
  await db.run(sql`ALTER TABLE \`diagnostic_results\` DROP COLUMN \`shared\`;`)
  await db.run(sql`ALTER TABLE \`members\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`members\` ADD \`lock_until\` text;`)
  await db.run(sql`ALTER TABLE \`members\` DROP COLUMN \`session_version\`;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
}
