import type { APIRoute } from 'astro';
import { HEADERS_FILE } from '../lib/security.ts';

export const GET: APIRoute = () => new Response(HEADERS_FILE);
