class Admin::BulkArchivesController < Admin::BaseController
  def create
    ids = Array(params[:ids]).map(&:strip).reject(&:empty?)
    return head(:unprocessable_entity) if ids.empty?

    list = ids.join(",")
    archived = Document.where("id IN (#{list}) AND archived_at IS NULL").update_all(archived_at: Time.current) # LABEL: CWE-89
    render json: { archived: archived }
  end
end
