# MD5 naming content for HTTP caching and cache keys protects nothing, even
# in actions that authenticate or authorise the user.
class DocumentsController < ApplicationController
  before_action :authenticate_user!

  def show
    @doc = Document.find(params[:id])
    authorize @doc
    fresh_when etag: Digest::MD5.hexdigest(@doc.body), last_modified: @doc.updated_at
  end

  def avatar
    authorize current_user
    etag = Digest::MD5.hexdigest(current_user.avatar_data)
    response.headers["ETag"] = %("#{etag}")
    send_data current_user.avatar_data
  end

  def sessions_list
    cache_key = "session-list/#{Digest::MD5.hexdigest(current_user.session_ids.join)}"
    Rails.cache.fetch(cache_key) { current_user.sessions.to_a }
  end

  def export_signed_in
    return head :forbidden unless signed_in?
    render json: export if stale?(etag: Digest::SHA1.hexdigest(export.to_json))
  end
end
