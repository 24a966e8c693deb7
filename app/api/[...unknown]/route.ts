import { errorResponse } from "@/lib/server/http/respond";

// Unknown API paths answer in the API's own error shape, not with the HTML 404 page.
const notFound = async () => errorResponse("not_found");

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
