package io.newsstream.lab.portrayal;

import java.util.List;
import java.util.Random;

/**
 * The top principal components of a set of vectors, by orthogonal (subspace) iteration on their covariance matrix;
 * deterministic for a given seed. Used to shrink the distilled word vectors.
 */
final class PrincipalComponents {

    private final double[] mean;
    /** {@code components[k]} is the k-th unit direction, strongest first. */
    private final double[][] components;

    private PrincipalComponents(double[] mean, double[][] components) {
        this.mean = mean;
        this.components = components;
    }

    static PrincipalComponents fit(List<float[]> vectors, int k, long seed) {
        int n = vectors.get(0).length;
        double[] mean = new double[n];
        for (float[] v : vectors) {
            for (int i = 0; i < n; i++) {
                mean[i] += v[i] / vectors.size();
            }
        }
        double[][] covariance = new double[n][n];
        double[] centred = new double[n];
        for (float[] v : vectors) {
            for (int i = 0; i < n; i++) {
                centred[i] = v[i] - mean[i];
            }
            for (int i = 0; i < n; i++) {
                for (int j = i; j < n; j++) {
                    covariance[i][j] += centred[i] * centred[j];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                covariance[i][j] = covariance[j][i];
            }
        }
        Random random = new Random(seed);
        double[][] basis = new double[k][n];
        for (double[] b : basis) {
            for (int i = 0; i < n; i++) {
                b[i] = random.nextGaussian();
            }
        }
        orthonormalise(basis);
        for (int iteration = 0; iteration < 200; iteration++) {
            double[][] next = new double[k][];
            for (int c = 0; c < k; c++) {
                next[c] = multiply(covariance, basis[c]);
            }
            orthonormalise(next);
            basis = next;
        }
        return new PrincipalComponents(mean, basis);
    }

    float[] project(float[] vector) {
        float[] result = new float[components.length];
        for (int c = 0; c < components.length; c++) {
            double sum = 0;
            for (int i = 0; i < vector.length; i++) {
                sum += (vector[i] - mean[i]) * components[c][i];
            }
            result[c] = (float) sum;
        }
        return result;
    }

    double[] component(int k) {
        return components[k].clone();
    }

    private static double[] multiply(double[][] matrix, double[] vector) {
        double[] result = new double[vector.length];
        for (int i = 0; i < matrix.length; i++) {
            double sum = 0;
            for (int j = 0; j < vector.length; j++) {
                sum += matrix[i][j] * vector[j];
            }
            result[i] = sum;
        }
        return result;
    }

    /** Gram-Schmidt, in order, so the first vector keeps its direction. */
    private static void orthonormalise(double[][] vectors) {
        for (int a = 0; a < vectors.length; a++) {
            for (int b = 0; b < a; b++) {
                double dot = 0;
                for (int i = 0; i < vectors[a].length; i++) {
                    dot += vectors[a][i] * vectors[b][i];
                }
                for (int i = 0; i < vectors[a].length; i++) {
                    vectors[a][i] -= dot * vectors[b][i];
                }
            }
            double norm = 0;
            for (double x : vectors[a]) {
                norm += x * x;
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < vectors[a].length; i++) {
                vectors[a][i] /= norm;
            }
        }
    }
}
