import { PageLoading } from '@/components/console/page-loading';

export default PageLoading;
