class ReposController < ApplicationController
  def update
    @repo = Repo.find(params[:id])
    @repo.update!(repo_params)
    redirect_to @repo, notice: "Repo updated"
  end

  def docs
    doc = DocMethod.find_by!(slug: params[:slug])
    redirect_to doc.to_github, allow_other_host: true
  end
end
