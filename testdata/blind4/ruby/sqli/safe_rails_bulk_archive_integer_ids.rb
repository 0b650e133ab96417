class Admin::BulkArchivesController < Admin::BaseController
  def create
    ids = Array(params[:ids]).map { |id| Integer(id, 10) }
    return head(:unprocessable_entity) if ids.empty?

    list = ids.join(",")
    archived = Document.where("id IN (#{list}) AND archived_at IS NULL").update_all(archived_at: Time.current)
    render json: { archived: archived }
  rescue ArgumentError, TypeError
    head :bad_request
  end
end
