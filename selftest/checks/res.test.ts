/** The res mutation table: each row breaks the good trace one way; one check must notice it with the row's verdict. */
import { RES_MUTATIONS } from './fixtures/res-mutations';
import { runTable } from './fixtures/table';

runTable('res checks on mutated traces', RES_MUTATIONS);
