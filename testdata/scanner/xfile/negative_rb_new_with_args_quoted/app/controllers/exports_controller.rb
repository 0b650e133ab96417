class ExportsController < ApplicationController
  def create
    @export = ExportRunner.new(current_user, :csv).run(params[:title])
  end
end
