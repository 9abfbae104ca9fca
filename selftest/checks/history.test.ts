/** The history mutation table: each row breaks the good trace one way; one check must notice it with the row's verdict. */
import { HISTORY_MUTATIONS } from './fixtures/history-mutations';
import { runTable } from './fixtures/table';

runTable('history checks on mutated traces', HISTORY_MUTATIONS);
