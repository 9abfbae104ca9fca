/** The access mutation table: each row breaks the good trace one way; one check must notice it with the row's verdict. */
import { ACCESS_MUTATIONS } from './fixtures/access-mutations';
import { runTable } from './fixtures/table';

runTable('access checks on mutated traces', ACCESS_MUTATIONS);
