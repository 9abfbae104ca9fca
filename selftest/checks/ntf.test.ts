/** The ntf mutation table: each row breaks the good trace one way; one check must notice it with the row's verdict. */
import { NTF_MUTATIONS } from './fixtures/ntf-mutations';
import { runTable } from './fixtures/table';

runTable('ntf checks on mutated traces', NTF_MUTATIONS);
