/** The msg mutation table: each row breaks the good trace one way; one check must notice it with the row's verdict. */
import { MSG_MUTATIONS } from './fixtures/msg-mutations';
import { runTable } from './fixtures/table';

runTable('msg checks on mutated traces', MSG_MUTATIONS);
