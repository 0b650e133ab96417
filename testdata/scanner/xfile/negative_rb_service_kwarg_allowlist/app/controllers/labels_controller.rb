class LabelsController < ApplicationController
  def create
    shipment = Shipment.find(params[:id])
    LabelPrinter.new(shipment, size: params[:size] || "A6").print
    head :ok
  end
end
