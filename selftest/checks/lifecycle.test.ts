/** The lifecycle mutation table: each row breaks the good trace one way; one check must notice it with the row's verdict. */
import { LIFECYCLE_MUTATIONS } from './fixtures/lifecycle-mutations';
import { runTable } from './fixtures/table';

runTable('lifecycle checks on mutated traces', LIFECYCLE_MUTATIONS);
