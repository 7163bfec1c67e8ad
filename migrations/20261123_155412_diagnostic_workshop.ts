import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`diagnostic_results\` ADD \`workshop_id\` integer REFERENCES workshops(id);`)
  await db.run(sql`ALTER TABLE \`diagnostic_results\` ADD \`participant_id\` integer REFERENCES workshop_participants(id);`)
  await db.run(sql`CREATE INDEX \`diagnostic_results_workshop_idx\` ON \`diagnostic_results\` (\`workshop_id\`);`)
  await db.run(sql`CREATE INDEX \`diagnostic_results_participant_idx\` ON \`diagnostic_results\` (\`participant_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`aidant_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`structure_id\`) REFERENCES \`structures\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_diagnostic_results\`("id", "code", "submission_id", "kind", "locale", "member_id", "aidant_id", "structure_id", "learner_code", "answers", "levels", "overall", "updated_at", "created_at") SELECT "id", "code", "submission_id", "kind", "locale", "member_id", "aidant_id", "structure_id", "learner_code", "answers", "levels", "overall", "updated_at", "created_at" FROM \`diagnostic_results\`;`)
  await db.run(sql`DROP TABLE \`diagnostic_results\`;`)
  await db.run(sql`ALTER TABLE \`__new_diagnostic_results\` RENAME TO \`diagnostic_results\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`diagnostic_results_code_idx\` ON \`diagnostic_results\` (\`code\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`diagnostic_results_submission_id_idx\` ON \`diagnostic_results\` (\`submission_id\`);`)
  await db.run(sql`CREATE INDEX \`diagnostic_results_member_idx\` ON \`diagnostic_results\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`diagnostic_results_aidant_idx\` ON \`diagnostic_results\` (\`aidant_id\`);`)
  await db.run(sql`CREATE INDEX \`diagnostic_results_structure_idx\` ON \`diagnostic_results\` (\`structure_id\`);`)
  await db.run(sql`CREATE INDEX \`diagnostic_results_updated_at_idx\` ON \`diagnostic_results\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`diagnostic_results_created_at_idx\` ON \`diagnostic_results\` (\`created_at\`);`)
}
