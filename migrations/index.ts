import * as migration_20261122_154720_initial from './20261122_154720_initial';
import * as migration_20261123_063630_members from './20261123_063630_members';
import * as migration_20261123_072832_diagnostics from './20261123_072832_diagnostics';
import * as migration_20261123_115708_structures_open_data from './20261123_115708_structures_open_data';
import * as migration_20261123_123703_media_faq_contact from './20261123_123703_media_faq_contact';
import * as migration_20261123_124954_events from './20261123_124954_events';
import * as migration_20261123_125856_newsletter from './20261123_125856_newsletter';
import * as migration_20261123_145222_workshops_progress from './20261123_145222_workshops_progress';
import * as migration_20261123_155412_diagnostic_workshop from './20261123_155412_diagnostic_workshop';
import * as migration_20261123_170000_foreign_keys_on_delete from './20261123_170000_foreign_keys_on_delete';
import * as migration_20261202_033601_security_boundary from './20261202_033601_security_boundary';
import * as migration_20261202_094722_issue14_shared_state from './20261202_094722_issue14_shared_state';
import * as migration_20261202_124828_issue15_search_synonyms from './20261202_124828_issue15_search_synonyms';
import * as migration_20261202_152850_issue17_activity_log from './20261202_152850_issue17_activity_log';
import * as migration_20261202_233534_issue18_learners from './20261202_233534_issue18_learners';
import * as migration_20261203_031003_issue19_orientation from './20261203_031003_issue19_orientation';
import * as migration_20261203_031815_issue16_translation_status from './20261203_031815_issue16_translation_status';
import * as migration_20261203_071752_issue16_cms from './20261203_071752_issue16_cms';
import * as migration_20261203_075242_issue16_proposal_files from './20261203_075242_issue16_proposal_files';

export const migrations = [
  {
    up: migration_20261122_154720_initial.up,
    down: migration_20261122_154720_initial.down,
    name: '20261122_154720_initial',
  },
  {
    up: migration_20261123_063630_members.up,
    down: migration_20261123_063630_members.down,
    name: '20261123_063630_members',
  },
  {
    up: migration_20261123_072832_diagnostics.up,
    down: migration_20261123_072832_diagnostics.down,
    name: '20261123_072832_diagnostics',
  },
  {
    up: migration_20261123_115708_structures_open_data.up,
    down: migration_20261123_115708_structures_open_data.down,
    name: '20261123_115708_structures_open_data',
  },
  {
    up: migration_20261123_123703_media_faq_contact.up,
    down: migration_20261123_123703_media_faq_contact.down,
    name: '20261123_123703_media_faq_contact',
  },
  {
    up: migration_20261123_124954_events.up,
    down: migration_20261123_124954_events.down,
    name: '20261123_124954_events',
  },
  {
    up: migration_20261123_125856_newsletter.up,
    down: migration_20261123_125856_newsletter.down,
    name: '20261123_125856_newsletter',
  },
  {
    up: migration_20261123_145222_workshops_progress.up,
    down: migration_20261123_145222_workshops_progress.down,
    name: '20261123_145222_workshops_progress',
  },
  {
    up: migration_20261123_155412_diagnostic_workshop.up,
    down: migration_20261123_155412_diagnostic_workshop.down,
    name: '20261123_155412_diagnostic_workshop',
  },
  {
    up: migration_20261123_170000_foreign_keys_on_delete.up,
    down: migration_20261123_170000_foreign_keys_on_delete.down,
    name: '20261123_170000_foreign_keys_on_delete',
  },
  {
    up: migration_20261202_033601_security_boundary.up,
    down: migration_20261202_033601_security_boundary.down,
    name: '20261202_033601_security_boundary',
  },
  {
    up: migration_20261202_094722_issue14_shared_state.up,
    down: migration_20261202_094722_issue14_shared_state.down,
    name: '20261202_094722_issue14_shared_state',
  },
  {
    up: migration_20261202_124828_issue15_search_synonyms.up,
    down: migration_20261202_124828_issue15_search_synonyms.down,
    name: '20261202_124828_issue15_search_synonyms',
  },
  {
    up: migration_20261202_152850_issue17_activity_log.up,
    down: migration_20261202_152850_issue17_activity_log.down,
    name: '20261202_152850_issue17_activity_log',
  },
  {
    up: migration_20261202_233534_issue18_learners.up,
    down: migration_20261202_233534_issue18_learners.down,
    name: '20261202_233534_issue18_learners',
  },
  {
    up: migration_20261203_031003_issue19_orientation.up,
    down: migration_20261203_031003_issue19_orientation.down,
    name: '20261203_031003_issue19_orientation',
  },
  {
    up: migration_20261203_031815_issue16_translation_status.up,
    down: migration_20261203_031815_issue16_translation_status.down,
    name: '20261203_031815_issue16_translation_status',
  },
  {
    up: migration_20261203_071752_issue16_cms.up,
    down: migration_20261203_071752_issue16_cms.down,
    name: '20261203_071752_issue16_cms',
  },
  {
    up: migration_20261203_075242_issue16_proposal_files.up,
    down: migration_20261203_075242_issue16_proposal_files.down,
    name: '20261203_075242_issue16_proposal_files'
  },
];
