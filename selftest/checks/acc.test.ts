/** The acc mutation table: each row breaks the good trace one way; one check must notice it with the row's verdict. */
import { ACC_MUTATIONS } from './fixtures/acc-mutations';
import { runTable } from './fixtures/table';

runTable('acc checks on mutated traces', ACC_MUTATIONS);
