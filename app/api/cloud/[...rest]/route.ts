import { unknownOperation } from '@/lib/server/route';

// GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS /api/cloud/* – any other path: 401 without a session, else 400 (no pass-through)
export const { GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS } = unknownOperation('/api/cloud/[...rest]', 'Cloud');
